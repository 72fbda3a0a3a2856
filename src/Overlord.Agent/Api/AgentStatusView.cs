namespace Overlord.Agent.Api;

/// <summary>The answer of <c>GET /v1/agent/status</c>.</summary>
public sealed record AgentStatusView
{
    public int StatusCode { get; init; } = 200;

    /// <summary>The watched repository, without credentials.</summary>
    public required string Repository { get; init; }

    public required string Branch { get; init; }

    public string? LastAppliedCommit { get; init; }

    public string? RunningSyncId { get; init; }

    public SyncHistoryView? LastSync { get; init; }

    public PendingPlanView? PendingPlan { get; init; }

    public required InventoryCountsView Inventory { get; init; }
}
