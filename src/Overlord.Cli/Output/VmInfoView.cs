using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary>
/// <c>-t vm</c>: each VM's status under <c>projects:</c> → NAME → <c>virtual-machines:</c>, as the original printed it;
/// filters are literal names. Without a filter every VM with a status is shown (the original showed none), and
/// each VM gets its own name line (the original printed only the first one's).
/// </summary>
internal sealed class VmInfoView(IReadOnlyList<string> names) : InfoView
{
    public override string Type => "vm";

    public override TreeResource Resource => TreeResource.Vm;

    public override string? JsonKey => "vm";

    public override IReadOnlyList<string> NodeFilters => names;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("vm") is not { ValueKind: JsonValueKind.Object } vms)
        {
            return null;
        }

        var result = new JsonObject();
        var wanted = names.Count == 0 ? vms.EnumerateObject().Select(vm => vm.Name) : names;
        foreach (var name in wanted.Distinct(StringComparer.Ordinal))
        {
            if (vms.TryGetProperty(name, out var status) && status.ValueKind == JsonValueKind.Object && status.EnumerateObject().Any())
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
            output.WriteLine($"    {name}:");
            output.WriteLine("      virtual-machines:");
            foreach (var property in JsonSerializer.SerializeToElement(node, OverlordJson.Options.TypeInfo<JsonNode?>()).EnumerateObject())
            {
                WriteProperty(output, property);
            }
        }
    }

    private static void WriteProperty(TextWriter output, JsonProperty property)
    {
        var value = property.Value;
        switch (property.Name)
        {
            case var _ when value.ValueKind == JsonValueKind.Array:
                PyText.WriteList(output, property.Name, value);
                break;
            case "last_update" when value.ValueKind == JsonValueKind.Number:
                output.WriteLine($"          last_update: {HumanFriendly.Timespan(value.GetDouble())}");
                break;
            case "output" when value.ValueKind == JsonValueKind.String:
                var lines = PyText.SplitLines(value.GetString()!);
                if (lines.Count == 1)
                {
                    output.WriteLine($"          output: {lines[0]}");
                }
                else if (lines.Count > 1)
                {
                    output.WriteLine("          output: |");
                    foreach (var line in lines)
                    {
                        output.WriteLine($"            {line}");
                    }
                }

                break;
            default:
                output.WriteLine($"          {property.Name}: {PyRepr.Str(value)}");
                break;
        }
    }
}
