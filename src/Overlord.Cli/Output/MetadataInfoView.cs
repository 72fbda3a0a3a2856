using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t metadata</c>: keys and values; filters are patterns on the key.</summary>
internal sealed class MetadataInfoView(InfoPatterns patterns) : InfoView
{
    public override string Type => "metadata";

    public override TreeResource Resource => TreeResource.Metadata;

    public override string? JsonKey => "metadata";

    public override IReadOnlyList<string> NodeFilters => patterns.Sources;

    public override JsonNode? Select(InfoNode node)
    {
        if (node.Property("metadata") is not { ValueKind: JsonValueKind.Object } metadata)
        {
            return null;
        }

        var result = new JsonObject();
        foreach (var entry in metadata.EnumerateObject().Where(e => patterns.Matches(e.Name)))
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString() : entry.Value.GetRawText();
        }

        return result.Count == 0 ? null : result;
    }

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  metadata:");
        foreach (var (key, node) in content.AsObject())
        {
            var value = node?.GetValue<string>() ?? "";
            var lines = PyText.SplitLines(value);
            if (lines.Count == 1)
            {
                output.WriteLine($"    {key}: {value.TrimEnd('\n')}");
            }
            else if (lines.Count > 1)
            {
                output.WriteLine($"    {key}: |");
                foreach (var line in lines)
                {
                    output.WriteLine($"      {line}");
                }
            }
        }
    }
}
