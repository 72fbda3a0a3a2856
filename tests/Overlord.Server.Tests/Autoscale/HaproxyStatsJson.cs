using System.Text.Json.Nodes;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>A stats page shaped as HAProxy's <c>;json</c> output: an array of proxies, each an array of typed fields.</summary>
internal static class HaproxyStatsJson
{
    /// <summary>One proxy: its key fields, then each metric as (name, nature, value), then a status field (not a metric).</summary>
    public static JsonArray Proxy(string objectType, string name, params (string Metric, string Nature, JsonNode? Value)[] metrics)
    {
        var fields = new JsonArray
        {
            Field(objectType, 0, "pxname", "Key", "Name", "str", name),
            Field(objectType, 1, "svname", "Key", "Name", "str", objectType == "Frontend" ? "FRONTEND" : "BACKEND"),
        };
        var position = 2;
        foreach (var (metric, nature, value) in metrics)
        {
            fields.Add(Field(objectType, position++, metric, "Metric", nature, value is JsonValue v && v.TryGetValue<string>(out _) ? "str" : "u64", value));
        }

        fields.Add(Field(objectType, position, "status", "Status", "Output", "str", "OPEN"));
        return fields;
    }

    public static string Page(params JsonArray[] proxies) => new JsonArray([.. proxies]).ToJsonString();

    private static JsonObject Field(string objectType, int position, string name, string origin, string nature, string type, JsonNode? value) => new()
    {
        ["objType"] = objectType,
        ["proxyId"] = 2,
        ["id"] = 0,
        ["field"] = new JsonObject { ["pos"] = position, ["name"] = name },
        ["processNum"] = 1,
        ["tags"] = new JsonObject { ["origin"] = origin, ["nature"] = nature, ["scope"] = "Process" },
        ["value"] = new JsonObject { ["type"] = type, ["value"] = value?.DeepClone() },
    };
}
