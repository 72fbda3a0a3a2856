using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary>
/// <c>-t autoscale</c>: the autoscaler's status of each named project on the nodes that run an autoscaler for
/// it (the others have none and are left out, as the original ignored their 404s). The original printed a
/// node's second project without its name; every project is named here.
/// </summary>
internal sealed class AutoscaleInfoView(IReadOnlyList<string> names) : InfoView
{
    public override string Type => "autoscale";

    public override TreeResource Resource => TreeResource.Autoscale;

    public override string? JsonKey => "autoscale";

    public override IReadOnlyList<string> NodeFilters => names;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("autoscale") is not { ValueKind: JsonValueKind.Object } statuses)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            if (statuses.TryGetProperty(name, out var status) && status.ValueKind == JsonValueKind.Object)
            {
                result[name] = JsonNode.Parse(status.GetRawText());
            }
        }

        return result.Count == 0 ? null : result;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  projects:");
        foreach (var (name, node) in content.AsObject())
        {
            var status = JsonSerializer.SerializeToElement(node, OverlordJson.Options.TypeInfo<JsonNode?>());
            output.WriteLine($"    {name}:");
            output.WriteLine("      autoScale:");
            if (PyText.Get(status, "last_update") is { ValueKind: JsonValueKind.Number } lastUpdate)
            {
                output.WriteLine($"        last_update: {HumanFriendly.Timespan(lastUpdate.GetDouble())}");
            }

            output.WriteLine($"        operation: {PyText.Str(PyText.Get(status, "operation"))}");
            output.WriteLine("        logs:");
            if (PyText.Get(status, "logs") is { ValueKind: JsonValueKind.Array } logs)
            {
                foreach (var entry in logs.EnumerateArray())
                {
                    output.WriteLine($"          - {PyRepr.Str(entry)}");
                }
            }
        }
    }
}
