using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Deployment;

namespace Overlord.Cli.Output;

/// <summary>
/// <c>get-info --output json</c>: one document for scripts,
/// <c>{"type":..., "nodes":[{"datacenter","entrypoint","chain","labels", KEY: content}], "unreachable":[...], "refused":[...]}</c>,
/// where KEY is the type's own (<c>projects</c>, <c>jails</c>, <c>metadata</c>, <c>namespaces</c>, <c>stats</c>, <c>logs</c>)
/// and <c>refused</c> lists the nodes that refused the token (a 401), apart from those that gave no answer.
/// </summary>
internal static class InfoJsonWriter
{
    public static string Write(InfoView view, IReadOnlyList<ShownNode> shown, IReadOnlyList<NodeFailure> failures, Func<string, string> entrypointOf)
    {
        var nodes = new JsonArray();
        foreach (var (node, content) in shown)
        {
            var item = new JsonObject
            {
                ["datacenter"] = node.Datacenter,
                ["entrypoint"] = node.Entrypoint,
                ["chain"] = node.Chain,
                ["labels"] = new JsonArray(node.Labels.Select(l => (JsonNode?)l).ToArray()),
            };
            if (view.JsonKey is { } key)
            {
                item[key] = content.DeepClone();
            }

            nodes.Add((JsonNode)item);
        }

        var document = new JsonObject
        {
            ["type"] = view.Type,
            ["nodes"] = nodes,
            ["unreachable"] = Failures(failures.Where(f => !f.RefusedToken), entrypointOf),
            ["refused"] = Failures(failures.Where(f => f.RefusedToken), entrypointOf),
        };
        return document.ToJsonString(OverlordJson.Indented) + "\n";
    }

    private static JsonArray Failures(IEnumerable<NodeFailure> failures, Func<string, string> entrypointOf) =>
        new(failures.Select(f => (JsonNode?)new JsonObject
        {
            ["datacenter"] = f.Datacenter,
            ["entrypoint"] = entrypointOf(f.Datacenter),
            ["chain"] = f.Chain,
            ["message"] = f.Message,
        }).ToArray());
}
