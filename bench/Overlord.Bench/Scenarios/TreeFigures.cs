using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// get-info of all projects: one node (through the bench's client and through a plain keep-alive client), the
/// 31-node tree in one request, and the original's walk of the same tree; the CPU time the nodes' processes spent
/// per call, which bounds the tree's latency when they share few cores; and that cost per node, window after
/// window from the nodes' first call on.
/// </summary>
public sealed record TreeFigures(Samples OneNode, Samples Tree, Samples Walk, int Nodes, int WalkRequests)
{
    public TimeSpan TreeCpuPerCall { get; init; }

    public TimeSpan OneNodeCpuPerCall { get; init; }

    public required CostWindows Windows { get; init; }

    public required Samples PlainOneNode { get; init; }

    public double Ratio => Tree.Median / OneNode.Median;

    public double WalkRatio => Walk.Median / Tree.Median;

    /// <summary>The steady cost: the tree's CPU time per call in the timed block, per node.</summary>
    public TimeSpan SteadyPerNode => TreeCpuPerCall / Nodes;

    /// <summary>The least latency the tree can have on this machine: its CPU time per call spread over every core.</summary>
    public TimeSpan CoresBound => TreeCpuPerCall / Environment.ProcessorCount;
}
