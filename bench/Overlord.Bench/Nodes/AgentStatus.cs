using System.Text.Json;

namespace Overlord.Bench.Nodes;

/// <summary>
/// What the bench reads of <c>GET /v1/agent/status</c>: where the agent is, whether it is busy, its last sync's times,
/// and the status of every spec on every node (synced, out_of_sync, progressing, failed, unreachable, orphaned).
/// </summary>
public sealed record AgentStatus(string? LastAppliedCommit, bool Busy, DateTimeOffset? LastSyncStarted, DateTimeOffset? LastSyncEnded)
{
    public IReadOnlyList<string> DeploymentStatuses { get; init; } = [];

    public TimeSpan? LastSyncDuration => LastSyncEnded - LastSyncStarted;

    public bool IdleAt(string commit) => LastAppliedCommit == commit && !Busy;

    /// <summary>True when there are <paramref name="pairs"/> spec-node pairs, all synced.</summary>
    public bool AllSynced(int pairs) => DeploymentStatuses.Count == pairs && DeploymentStatuses.All(status => status == "synced");

    public static AgentStatus Read(JsonElement status)
    {
        var lastSync = status.GetProperty("last_sync");
        return new AgentStatus(
            status.GetProperty("last_applied_commit").GetString(),
            status.GetProperty("running_sync_id").ValueKind != JsonValueKind.Null || status.GetProperty("pending_plan").ValueKind != JsonValueKind.Null,
            Time(lastSync, "started_at"),
            Time(lastSync, "ended_at"))
        {
            DeploymentStatuses = status.TryGetProperty("deployments", out var deployments)
                ? deployments.EnumerateArray().Select(row => row.GetProperty("status").GetString() ?? "").ToArray()
                : [],
        };
    }

    private static DateTimeOffset? Time(JsonElement sync, string name) =>
        sync.ValueKind == JsonValueKind.Object && sync.GetProperty(name).ValueKind == JsonValueKind.String ? sync.GetProperty(name).GetDateTimeOffset() : null;
}
