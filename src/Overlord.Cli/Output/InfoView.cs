using System.Text.Json.Nodes;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary>
/// One get-info type: the tree resource it asks for, what of each node's data it shows (after the filters),
/// and how the original printed that below the node's header.
/// </summary>
internal abstract class InfoView
{
    /// <summary>The type as <c>-t</c> names it.</summary>
    public abstract string Type { get; }

    public abstract TreeResource Resource { get; }

    /// <summary>Filters the nodes apply themselves (same meaning as ours), so less is sent; <see cref="Select"/> still filters.</summary>
    public virtual IReadOnlyList<string> NodeFilters => [];

    /// <summary>The key of the shown content in <c>--output json</c>, or null when the node alone is shown.</summary>
    public abstract string? JsonKey { get; }

    /// <summary>What to show of <paramref name="node"/>, or null when there is nothing (the node is then left out).</summary>
    public abstract JsonNode? Select(InfoNode node);

    /// <summary>Writes <paramref name="content"/> (from <see cref="Select"/>) below the node's header.</summary>
    public abstract void WriteText(TextWriter output, JsonNode content);

    /// <summary>The text of every shown node: by default a header per node, then its content.</summary>
    public virtual void WriteTextDocument(TextWriter output, IReadOnlyList<ShownNode> shown, bool showLabels)
    {
        foreach (var (node, content) in shown)
        {
            InfoHeader.Write(output, node, showLabels);
            WriteText(output, content);
        }
    }
}
