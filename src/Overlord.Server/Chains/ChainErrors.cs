using System.Text.Json;
using System.Text.Json.Nodes;
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
    public static bool IsEnvelope(byte[] body) => ReadObject(body) is { } value && value.ContainsKey("function") && value.ContainsKey("entrypoint");

    /// <summary>The <c>message</c> of a JSON error body, or null.</summary>
    public static string? MessageOf(byte[] body) =>
        ReadObject(body)?["message"] is JsonValue value && value.TryGetValue<string>(out var message) ? message : null;

    private static JsonObject? ReadObject(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
