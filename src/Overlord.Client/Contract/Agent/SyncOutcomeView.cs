namespace Overlord.Client.Contract;

/// <summary>A sync as the API returns it: queued (id only), planned (dry run) or ended (with results).</summary>
public sealed record SyncOutcomeView
{
    public int StatusCode { get; init; } = 200;

    public required string SyncId { get; init; }

    /// <summary><c>queued</c> for a sync not waited for; otherwise the sync's state (<c>applied</c>, <c>up_to_date</c>, <c>failed</c>...).</summary>
    public required string State { get; init; }

    /// <summary>True when the request joined a sync that was already waiting to run.</summary>
    public bool Folded { get; init; }

    public string? Trigger { get; init; }

    public string? TargetCommit { get; init; }

    public string? BaseCommit { get; init; }

    public bool HistoryRewritten { get; init; }

    public string? Message { get; init; }

    public string? Blocked { get; init; }

    public IReadOnlyList<StepView> Steps { get; init; } = [];

    public IReadOnlyList<string> Orphaned { get; init; } = [];

    /// <summary>Every spec on every node as the reconcile found it (a dry run) or left it.</summary>
    public IReadOnlyList<DeploymentStatusView> Deployments { get; init; } = [];

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }
}
