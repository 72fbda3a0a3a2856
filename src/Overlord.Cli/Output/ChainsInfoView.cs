using System.Text.Json.Nodes;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary><c>-t chains</c>: only the header of every node whose chain path matches the filters.</summary>
internal sealed class ChainsInfoView(InfoPatterns patterns) : InfoView
{
    public override string Type => "chains";

    public override TreeResource Resource => TreeResource.Labels;

    public override string? JsonKey => null;

    public override JsonNode? Select(InfoNode node) => patterns.Matches(node.Chain) ? new JsonObject() : null;

    public override void WriteText(TextWriter output, JsonNode content)
    {
        // The header is the whole block.
    }
}
