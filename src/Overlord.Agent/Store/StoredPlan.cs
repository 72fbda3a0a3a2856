using Overlord.Agent.Planning;

namespace Overlord.Agent.Store;

/// <summary>
/// A sync plan as written to agent.db before its first dispatch, so an agent killed mid-sync resumes it on its next
/// start instead of planning again from a last applied commit that was never advanced.
/// </summary>
public sealed record StoredPlan
{
    public required string SyncId { get; init; }

    public required string TargetCommit { get; init; }

    /// <summary>The commit the diff started from; null on a first sync.</summary>
    public string? BaseCommit { get; init; }

    public required SyncTrigger Trigger { get; init; }

    public bool HistoryRewritten { get; init; }

    /// <summary>Specs that left the repository and stay deployed (prune off); marked orphaned when the plan completes.</summary>
    public IReadOnlyList<string> Orphaned { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<StoredStep> Steps { get; init; }
}
