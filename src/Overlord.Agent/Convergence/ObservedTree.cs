namespace Overlord.Agent.Convergence;

/// <summary>
/// What the tree runs, from one <c>GET /v1/tree/projects</c> through the agent's own node (issue 9): every node with
/// its labels and projects, or why it did not answer.
/// </summary>
public sealed record ObservedTree(IReadOnlyList<ObservedNode> Nodes)
{
    /// <summary>The node at a chain path below the agent's node ("" for that node), or null when the tree has none.</summary>
    public ObservedNode? Find(string chain)
    {
        // A loop, not FirstOrDefault with a lambda: a reconcile asks once per spec-node pair, and the lambda captures
        // the chain, so each call allocated (10,000 pairs: a megabyte a reconcile).
        foreach (var node in Nodes)
        {
            if (string.Equals(node.Chain, chain, StringComparison.Ordinal))
            {
                return node;
            }
        }

        return null;
    }
}
