using Microsoft.Extensions.Logging;
using Overlord.Client.Tree;
using Overlord.Server.Chains;
using Overlord.Server.Node;

namespace Overlord.Server.Autoscale;

/// <summary>
/// Step 4 of a cycle (reference 9): this node plus every node below it, with their labels, from one tree request
/// that the children fan out in parallel; kept when one of their labels is in <c>autoScale.labels</c>. A node that
/// is down, refused by smart timeouts or too slow is not a candidate and counts as a failure (the original left a
/// node hidden by smart timeouts out without counting it, so a cleanup could forget a replica it held).
/// </summary>
internal sealed class CandidateFinder(
    TreeCollector tree, ChainDirectory chains, NodeIdentity identity, LocalScaleNode local, ILogger<CandidateFinder> logger)
{
    /// <summary>How long the whole tree may take to list its labels.</summary>
    public static readonly TimeSpan ListingBudget = TimeSpan.FromSeconds(30);

    public async Task<ScaleCandidates> FindAsync(IReadOnlyList<string> labels, CancellationToken cancellationToken)
    {
        var nodes = new List<IScaleNode>();
        if (Matches(identity.Labels, labels))
        {
            nodes.Add(local);
        }

        var failures = 0;
        foreach (var node in await tree.CollectAsync(TreeResource.Labels, new TreeQuery(), ListingBudget, cancellationToken))
        {
            if (!node.Ok || node.Chain is null)
            {
                failures++;
                logger.LogWarning("Autoscale cannot list chain {ChainPath}: {Message}", node.Chain, node.Error?.Message);
                continue;
            }

            if (Matches(node.Labels, labels) && For(node.Chain) is { } candidate)
            {
                nodes.Add(candidate);
            }
        }

        return new ScaleCandidates(nodes, failures);
    }

    /// <summary>The node at <paramref name="chain"/> below this one, through the first hop's own client.</summary>
    public IScaleNode? For(string chain)
    {
        var dot = chain.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? chain : chain[..dot];
        if (!chains.TryGet(first, out var child))
        {
            return null;
        }

        return new ChainScaleNode(chain, dot < 0 ? child.Client : child.Client.ForChain(chain[(dot + 1)..]));
    }

    private static bool Matches(IReadOnlyList<string> nodeLabels, IReadOnlyList<string> wanted) =>
        nodeLabels.Any(label => wanted.Contains(label, StringComparer.Ordinal));
}
