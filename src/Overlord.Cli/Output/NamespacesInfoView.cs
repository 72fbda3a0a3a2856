using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t namespaces</c>: each namespace's files and directories; filters are patterns on the name.</summary>
internal sealed class NamespacesInfoView(InfoPatterns patterns) : InfoView
{
    public override string Type => "namespaces";

    public override TreeResource Resource => TreeResource.Namespaces;

    public override string? JsonKey => "namespaces";

    public override IReadOnlyList<string> NodeFilters => patterns.Sources;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("namespaces") is not { ValueKind: JsonValueKind.Object } namespaces)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var entry in namespaces.EnumerateObject().Where(e => patterns.Matches(e.Name) && e.Value.ValueKind == JsonValueKind.Array))
        {
            result[entry.Name] = JsonNode.Parse(entry.Value.GetRawText());
        }

        return result.Count == 0 ? null : result;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  namespaces:");
        foreach (var (name, node) in content.AsObject())
        {
            output.WriteLine($"    {name}:");
            foreach (var entry in node!.AsArray())
            {
                output.WriteLine($"      - {PyRepr.Str(JsonSerializer.SerializeToElement(WithMode(entry), OverlordJson.Options.TypeInfo<JsonNode?>()))}");
            }
        }
    }

    /// <summary>The entry with its numeric mode shown as <c>-rw-r--r--</c>, as the original printed it.</summary>
    private static JsonNode? WithMode(JsonNode? entry)
    {
        if (entry is not JsonObject item || item["mode"] is not JsonValue mode || !mode.TryGetValue<int>(out var bits))
        {
            return entry;
        }

        var copy = item.DeepClone().AsObject();
        copy["mode"] = FileModes.Format(bits);
        return copy;
    }
}
