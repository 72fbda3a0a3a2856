using System.Text.Json;

namespace Overlord.Client.Http;

/// <summary>
/// Names a body that is not an Overlord node's JSON in a few words (an HTML page, JSON of another shape), so a
/// wrong entrypoint (a plain web server, another API) is reported in one line, without the JSON parser's
/// positions (issue 10).
/// </summary>
internal static class ForeignBodies
{
    public static string Describe(byte[] body)
    {
        var text = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return "an empty body";
        }

        if (text[0] == (byte)'<')
        {
            return "an HTML page";
        }

        return IsJson(body) ? "JSON of another shape" : "a body that is not JSON";
    }

    /// <summary>True when the body is JSON with the <c>status_code</c> every Overlord answer carries (reference 2.1).</summary>
    public static bool IsOverlordJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("status_code", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
