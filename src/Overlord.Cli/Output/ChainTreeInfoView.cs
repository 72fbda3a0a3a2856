using System.Text.Json.Nodes;
using Overlord.Client.Tree;

namespace Overlord.Cli.Output;

/// <summary>
/// <c>-t chains:tree</c>: the chains below each datacenter as an ASCII tree rooted at the datacenter's URL, drawn as
/// Python's asciitree drew it (<c> +-- alpha</c>); entry nodes themselves are not listed. Unlike the original, which
/// drew only the first datacenter, every datacenter gets its tree.
/// </summary>
internal sealed class ChainTreeInfoView : InfoView
{
    public override string Type => "chains:tree";

    public override TreeResource Resource => TreeResource.Labels;

    public override string? JsonKey => null;

    public override JsonNode? Select(InfoNode node) => node.Chain is null ? null : new JsonObject();

    public override void WriteText(TextWriter output, JsonNode content)
    {
        // The whole document is one tree per datacenter: see WriteTextDocument.
    }

    public override void WriteTextDocument(TextWriter output, IReadOnlyList<ShownNode> shown, bool showLabels)
    {
        var roots = new List<TreeBranch>();
        foreach (var (node, _) in shown)
        {
            var branch = roots.FirstOrDefault(r => r.Label == node.Entrypoint);
            if (branch is null)
            {
                branch = new TreeBranch(node.Entrypoint);
                roots.Add(branch);
            }

            foreach (var segment in node.Chain!.Split('.'))
            {
                branch = branch.Child(segment);
            }
        }

        foreach (var root in roots)
        {
            foreach (var line in root.Render())
            {
                output.WriteLine(line);
            }
        }
    }
}
