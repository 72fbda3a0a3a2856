using System.Text.Json;
using Overlord.Client.Contract;

namespace Overlord.Client.Http;

/// <summary>Reads the body of an error answer: <c>{"status_code":N,"message":...}</c> or a chain error envelope.</summary>
internal static class ErrorBodies
{
    /// <summary>The body as an envelope when it has the envelope's <c>function</c> or <c>entrypoint</c>.</summary>
    public static ChainErrorEnvelope? TryReadEnvelope(byte[] body) =>
        TryRead(body) is { } read && (read.Function is not null || read.Entrypoint is not null) ? read : null;

    /// <summary>The <c>message</c> of a JSON error body, or null when the body has none.</summary>
    public static string? TryReadMessage(byte[] body) => TryRead(body)?.Message;

    private static ChainErrorEnvelope? TryRead(byte[] body)
    {
        if (body.Length == 0 || Array.IndexOf(body, (byte)'{') < 0)
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
