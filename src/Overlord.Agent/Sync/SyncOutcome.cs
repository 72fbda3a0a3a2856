using Overlord.Agent.Planning;
using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

/// <summary>How one sync ended: the commit, the plan, each step's results, and a message for the operator.</summary>
public sealed record SyncOutcome
{
    public required string SyncId { get; init; }

    public required SyncTrigger Trigger { get; init; }

    public required SyncState State { get; init; }

    public string? TargetCommit { get; init; }

    /// <summary>The last applied commit the diff started from (null on a first sync).</summary>
    public string? BaseCommit { get; init; }

    /// <summary>The target did not descend from the last applied commit (force push, rollback).</summary>
    public bool HistoryRewritten { get; init; }

    /// <summary>agent.verify refused the target (or a commit before it): a dry run reconciles the last applied commit instead.</summary>
    public bool Unverified { get; init; }

    /// <summary>What was (or, for a dry run, would be) done.</summary>
    public SyncPlan Plan { get; init; } = SyncPlan.Empty;

    /// <summary>Each step with its final status and per-node results (empty for a dry run).</summary>
    public IReadOnlyList<StoredStep> Steps { get; init; } = [];

    /// <summary>For a dry run: the nodes each spec would go to, by spec path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PlannedTargets { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every spec on every node as the reconcile left it (or, for a dry run, found it).</summary>
    public IReadOnlyList<PairStatus> Statuses { get; init; } = [];

    public string? Message { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}
