using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Server.Chains;

/// <summary>
/// The chain error envelope (reference 2.3): <c>{status_code, function, entrypoint, chain, error, message}</c>,
/// where <c>entrypoint</c> is the next hop's chain name and <c>chain</c> the rest of the path below it.
/// </summary>
internal static class ChainErrors
{
    public const string DisabledMessage = "Chain disabled by smart timeouts";

    public static ChainReply Envelope(int statusCode, string function, string entrypoint, string chain, string error, string message) =>
        ChainReply.Contract(statusCode, new ChainErrorEnvelope
        {
            Function = function,
            Entrypoint = entrypoint,
            Chain = chain,
            Error = error,
            Message = message,
        });

    /// <summary>True when a body is already an envelope (a hop further down failed); it is passed up as it is.</summary>
    public static bool IsEnvelope(byte[] body) => Read(body) is { Function: not null, Entrypoint: not null };

    /// <summary>The <c>message</c> of a JSON error body, or null.</summary>
    public static string? MessageOf(byte[] body) => Read(body)?.Message;

    // Every error body of the API is an ApiResponse; the envelope is the one that carries the most of its fields.
    private static ChainErrorEnvelope? Read(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, OverlordJson.Options.TypeInfo<ChainErrorEnvelope>());
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
