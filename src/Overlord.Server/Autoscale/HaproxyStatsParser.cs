using System.Text.Json;

namespace Overlord.Server.Autoscale;

/// <summary>
/// Reads HAProxy's <c>;json</c> stats page (an array of proxies, each an array of typed fields) into the
/// <c>Metric</c> fields of one frontend or backend, found by its <c>pxname</c> key field.
/// </summary>
internal static class HaproxyStatsParser
{
    public const string Frontend = "Frontend";
    public const string Backend = "Backend";

    public static Dictionary<string, HaproxyMetric> Parse(JsonElement root, string objectType, string proxyName)
    {
        var metrics = new Dictionary<string, HaproxyMetric>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Array)
        {
            return metrics;
        }

        foreach (var section in root.EnumerateArray().Where(section => section.ValueKind == JsonValueKind.Array))
        {
            var matched = false;
            foreach (var field in section.EnumerateArray().Where(field => Text(field, "objType") == objectType))
            {
                var name = field.TryGetProperty("field", out var descriptor) ? Text(descriptor, "name") : null;
                var tags = field.TryGetProperty("tags", out var found) ? found : default;
                var value = ValueOf(field);
                if (!matched && name == "pxname" && Text(tags, "origin") == "Key")
                {
                    if (value.Text != proxyName)
                    {
                        break;
                    }

                    matched = true;
                }

                if (matched && name is not null && Text(tags, "origin") == "Metric")
                {
                    metrics[name] = new HaproxyMetric(value, Text(tags, "nature") ?? "");
                }
            }
        }

        return metrics;
    }

    private static HaproxyValue ValueOf(JsonElement field)
    {
        if (!field.TryGetProperty("value", out var typed) || typed.ValueKind != JsonValueKind.Object || !typed.TryGetProperty("value", out var value))
        {
            return HaproxyValue.Null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => HaproxyValue.Of(value.GetDouble()),
            JsonValueKind.String => HaproxyValue.Of(value.GetString()!),
            _ => HaproxyValue.Null,
        };
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
