using System.Text.Json;
using System.Text.Json.Nodes;

namespace Overlord.Server.Api;

/// <summary>Reads a boolean field leniently, as clients of the original sent them, but with "false" meaning false (13.10).</summary>
internal static class BooleanValue
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.OrdinalIgnoreCase) { "true", "1", "yes", "on", "y", "t" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.OrdinalIgnoreCase) { "false", "0", "no", "off", "n", "f", "" };

    public static bool TryRead(JsonNode value, out bool result)
    {
        result = false;
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                result = true;
                return true;
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Number:
                result = value.GetValue<double>() != 0;
                return true;
            case JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                result = TrueWords.Contains(text);
                return result || FalseWords.Contains(text);
            default:
                return false;
        }
    }
}
