using Overlord.Agent.Planning;

namespace Overlord.Agent.Store;

/// <summary>One sync in the agent's history: what started it, which commit, when, and how it ended.</summary>
public sealed record SyncHistoryEntry
{
    public required string SyncId { get; init; }

    public required SyncTrigger Trigger { get; init; }

    public string? TargetCommit { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Null while the sync runs.</summary>
    public SyncState? State { get; init; }

    /// <summary>What the operator should know: why it was blocked, what broke, how many steps failed.</summary>
    public string? Message { get; init; }
}
