namespace Overlord.Agent.Convergence;

/// <summary>
/// What the tree runs, from one <c>GET /v1/tree/projects</c> through the agent's own node (issue 9): every node with
/// its labels and projects, or why it did not answer.
/// </summary>
public sealed record ObservedTree(IReadOnlyList<ObservedNode> Nodes)
{
    /// <summary>The node at a chain path below the agent's node ("" for that node), or null when the tree has none.</summary>
    public ObservedNode? Find(string chain) => Nodes.FirstOrDefault(node => string.Equals(node.Chain, chain, StringComparison.Ordinal));
}
