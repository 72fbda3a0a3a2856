using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// get-info of all projects: one node, the 31-node tree in one request, and the original's walk of the same tree;
/// and the CPU time the nodes' processes spent per call, which bounds the tree's latency when they share few cores.
/// </summary>
public sealed record TreeFigures(Samples OneNode, Samples Tree, Samples Walk, int Nodes, int WalkRequests)
{
    public TimeSpan TreeCpuPerCall { get; init; }

    public TimeSpan OneNodeCpuPerCall { get; init; }

    public double Ratio => Tree.Median / OneNode.Median;

    public double WalkRatio => Walk.Median / Tree.Median;
}
