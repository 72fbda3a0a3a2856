using Overlord.Agent.Git;

namespace Overlord.Agent.Planning;

/// <summary>Everything <see cref="SyncPlanner"/> decides from; no I/O behind any of it.</summary>
public sealed record PlanRequest
{
    public required string TargetCommit { get; init; }

    /// <summary>The commit the changes are measured from; null when nothing was applied yet, so every spec is new.</summary>
    public string? BaseCommit { get; init; }

    /// <summary>The diff from <see cref="BaseCommit"/> (or the empty tree) to the target; paths nobody watches are ignored.</summary>
    public IReadOnlyList<FileChange> Changes { get; init; } = [];

    /// <summary>Every file path of the target commit.</summary>
    public required IReadOnlySet<string> TargetFiles { get; init; }

    public IReadOnlyList<InventoryEntry> Inventory { get; init; } = [];

    public required WatchedPaths Paths { get; init; }

    /// <summary><c>agent.prune</c> from the configuration.</summary>
    public bool ConfiguredPrune { get; init; }

    /// <summary><c>--prune</c> given for this sync.</summary>
    public bool RequestedPrune { get; init; }

    public bool AllowMassPrune { get; init; }

    /// <summary>The target does not descend from the last applied commit (a force push or a rollback).</summary>
    public bool HistoryRewritten { get; init; }

    /// <summary>After a history rewrite only an explicit <c>--prune</c> destroys anything.</summary>
    public bool Prune => HistoryRewritten ? RequestedPrune : ConfiguredPrune || RequestedPrune;
}
