using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t jails</c>: each jail's stats, info and lists (<c>--jail-item</c> picks which); filters are patterns on the name.</summary>
internal sealed class JailsInfoView(InfoPatterns patterns, IReadOnlyList<string> items) : InfoView
{
    /// <summary>Every <c>--jail-item</c>, in the order the original printed them.</summary>
    public static readonly IReadOnlyList<string> AllItems =
        ["stats", "info", "cpuset", "devfs", "expose", "healthcheck", "limits", "fstab", "labels", "nat", "volumes"];

    public override string Type => "jails";

    public override TreeResource Resource => TreeResource.Jails;

    public override string? JsonKey => "jails";

    public override IReadOnlyList<string> NodeFilters => patterns.Sources;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("jails") is not { ValueKind: JsonValueKind.Object } jails)
        {
            return null;
        }

        var shown = AllItems.Where(item => items.Count == 0 || items.Contains(item)).ToList();
        var result = new JsonObject();
        foreach (var jail in jails.EnumerateObject().Where(j => patterns.Matches(j.Name)))
        {
            var kept = new JsonObject();
            foreach (var item in shown)
            {
                if (PyText.Get(jail.Value, item) is { } value && Shows(value))
                {
                    kept[item] = JsonNode.Parse(value.GetRawText());
                }
            }

            if (kept.Count > 0)
            {
                result[jail.Name] = kept;
            }
        }

        return result.Count == 0 ? null : result;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  jails:");
        foreach (var (name, node) in content.AsObject())
        {
            output.WriteLine($"    {name}:");
            foreach (var (item, itemNode) in node!.AsObject())
            {
                WriteItem(output, item, JsonSerializer.SerializeToElement(itemNode, OverlordJson.Options.TypeInfo<JsonNode?>()));
            }
        }
    }

    /// <summary>The original printed strings, and lists and mappings that are not empty; nothing else.</summary>
    private static bool Shows(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => true,
        JsonValueKind.Array => value.GetArrayLength() > 0,
        JsonValueKind.Object => value.EnumerateObject().Any(),
        _ => false,
    };

    private static void WriteItem(TextWriter output, string item, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                output.WriteLine($"      {item}: {value.GetString()}");
                break;
            case JsonValueKind.Array:
                output.WriteLine($"      {item}:");
                foreach (var entry in value.EnumerateArray())
                {
                    output.WriteLine($"        - {PyRepr.Str(entry)}");
                }

                break;
            default:
                output.WriteLine($"      {item}:");
                foreach (var property in value.EnumerateObject())
                {
                    var text = item == "stats" ? RctlValues.Format(property.Name, property.Value) : PyRepr.Str(property.Value);
                    output.WriteLine($"        {property.Name}: {text}");
                }

                break;
        }
    }
}
