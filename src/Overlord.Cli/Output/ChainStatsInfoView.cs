using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t chains:stats</c>: the rctl counters summed over each node's jails; filters are patterns on the chain path.</summary>
internal sealed class ChainStatsInfoView(InfoPatterns patterns) : InfoView
{
    public override string Type => "chains:stats";

    public override TreeResource Resource => TreeResource.Stats;

    public override string? JsonKey => "stats";

    public override JsonNode? Select(InfoNode node) =>
        patterns.Matches(node.Chain) && node.Property("stats") is { ValueKind: JsonValueKind.Object } stats && stats.EnumerateObject().Any()
            ? JsonNode.Parse(stats.GetRawText())
            : null;

    public override void WriteText(TextWriter output, JsonNode content)
    {
        output.WriteLine("  stats:");
        foreach (var property in JsonSerializer.SerializeToElement(content, OverlordJson.Options.TypeInfo<JsonNode?>()).EnumerateObject())
        {
            output.WriteLine($"    {property.Name}: {RctlValues.Format(property.Name, property.Value)}");
        }
    }
}
