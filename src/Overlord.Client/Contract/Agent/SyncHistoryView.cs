namespace Overlord.Client.Contract;

/// <summary>One sync of the agent's own history.</summary>
public sealed record SyncHistoryView(
    string SyncId, string Trigger, string? TargetCommit, string? State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Message);
