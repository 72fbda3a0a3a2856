namespace Overlord.Client.Contract;

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

    /// <summary>The branch head the agent last saw (one ls-remote per sync).</summary>
    public string? BranchHead { get; init; }

    /// <summary>Commits between the last applied one and <see cref="BranchHead"/>, newest first (at most 50).</summary>
    public IReadOnlyList<PendingCommitView> PendingCommits { get; init; } = [];

    /// <summary>The last syncs that did not end well (failed, errored or blocked), newest first.</summary>
    public IReadOnlyList<SyncHistoryView> FailedSyncs { get; init; } = [];

    /// <summary>How many spec-node pairs are in each status, by status name.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();

    /// <summary>The nodes the agent's tree reads have reached, with their labels then (by chain path; "" is the agent's node).</summary>
    public IReadOnlyList<KnownNodeView> Nodes { get; init; } = [];

    /// <summary>Every spec on every node as the last reconcile found or left it.</summary>
    public IReadOnlyList<DeploymentStatusView> Deployments { get; init; } = [];
}
