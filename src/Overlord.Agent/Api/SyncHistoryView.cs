using Overlord.Agent.Store;

namespace Overlord.Agent.Api;

/// <summary>One sync of the agent's own history.</summary>
public sealed record SyncHistoryView(
    string SyncId, string Trigger, string? TargetCommit, string? State, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Message)
{
    public static SyncHistoryView From(SyncHistoryEntry entry) => new(
        entry.SyncId,
        entry.Trigger.Text,
        entry.TargetCommit,
        entry.State is { } state ? SyncOutcomeView.StateText(state) : "running",
        entry.StartedAt,
        entry.EndedAt,
        entry.Message);
}
