namespace Overlord.Server.Autoscale;

/// <summary>
/// The nodes a project may have replicas on, in walk order (this node first, then each child followed by its
/// own subtree), and how many nodes could not be listed or asked (the cleanup keeps its metadata while any exist).
/// </summary>
internal sealed record ScaleCandidates(IReadOnlyList<IScaleNode> Nodes, int Failures);
