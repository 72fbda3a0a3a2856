namespace Overlord.Client.Deployment;

/// <summary>
/// What one tree request per <c>deployIn</c> entry point gave: the selected nodes, entry point by entry point
/// (a node under two overlapping entry points appears twice, as the original deployed it twice), the nodes
/// that did not answer, and the datacenters none of whose nodes could be reached.
/// </summary>
public sealed record NodeSelection
{
    public IReadOnlyList<CollectedNode> Nodes { get; init; } = [];

    public IReadOnlyList<NodeFailure> Failures { get; init; } = [];

    /// <summary>Datacenters whose entry node did not answer any request.</summary>
    public IReadOnlyList<string> UnreachableDatacenters { get; init; } = [];

    /// <summary>The selected nodes as targets, in order.</summary>
    public IReadOnlyList<DeployTarget> Targets => Nodes.Select(n => n.Target).ToList();
}
