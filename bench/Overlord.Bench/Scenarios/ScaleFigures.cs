using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// The 1,000-node tree: the resident memory of its <see cref="Processes"/>; get-info of the whole tree (its timed
/// block, its warm-up windows, its CPU time per call); the agent's first sync, no-op reconciles and pushes.
/// </summary>
public sealed record ScaleFigures(int Processes, long ResidentBytes, Samples Tree, CostWindows Windows, TimeSpan TreeCpuPerCall)
{
    public long ResidentPerNode => ResidentBytes / ScaleTree.Nodes;

    /// <summary>The steady cost: the tree's CPU time per call in the timed block, per node.</summary>
    public TimeSpan SteadyPerNode => TreeCpuPerCall / ScaleTree.Nodes;

    /// <summary>The least latency the tree can have on this machine: its CPU time per call spread over every core.</summary>
    public TimeSpan CoresBound => TreeCpuPerCall / Environment.ProcessorCount;

    /// <summary>From the agent's start to every pair synced (setup, shown for information).</summary>
    public TimeSpan FirstSync { get; init; }

    /// <summary>Spec-node pairs the agent holds: every leaf for one spec, one group for the other.</summary>
    public int Pairs { get; init; }

    public required Samples Reconciles { get; init; }

    /// <summary>Webhook sent → a write on every leaf.</summary>
    public required Samples EveryLeaf { get; init; }

    public int GroupLeaves { get; init; }

    /// <summary>Webhook sent → a write on every leaf of one group.</summary>
    public required Samples OneGroup { get; init; }
}
