using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests.Deployment;

/// <summary>Bodies of <c>GET /v1/tree/{resource}</c> for the fake node.</summary>
internal static class TreeBodies
{
    /// <summary>A tree answer: one node per (chain, labels); a null label list makes that node fail with 503.</summary>
    public static Canned Labels(params (string? Chain, string[]? Labels)[] nodes)
    {
        var list = new JsonArray();
        foreach (var (chain, labels) in nodes)
        {
            list.Add(labels is null
                ? new JsonObject { ["chain"] = chain, ["labels"] = new JsonArray(), ["ok"] = false, ["data"] = null, ["error"] = new JsonObject { ["status_code"] = 503, ["message"] = "Chain disabled by smart timeouts" } }
                : new JsonObject
                {
                    ["chain"] = chain,
                    ["labels"] = new JsonArray(labels.Select(l => (JsonNode?)l).ToArray()),
                    ["ok"] = true,
                    ["data"] = new JsonObject { ["labels"] = new JsonArray(labels.Select(l => (JsonNode?)l).ToArray()) },
                });
        }

        return Canned.Ok(new JsonObject { ["status_code"] = 200, ["nodes"] = list }.ToJsonString());
    }

    /// <summary>The JSON body of a recorded request.</summary>
    public static JsonElement Body(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.Clone();
}
