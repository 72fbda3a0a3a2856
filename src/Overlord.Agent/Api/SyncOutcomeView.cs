using Overlord.Agent.Planning;
using Overlord.Agent.Sync;

namespace Overlord.Agent.Api;

/// <summary>A sync as the API returns it: queued (id only), planned (dry run) or ended (with results).</summary>
public sealed record SyncOutcomeView
{
    public int StatusCode { get; init; } = 200;

    public required string SyncId { get; init; }

    /// <summary><c>queued</c> for a sync not waited for; otherwise a <see cref="SyncState"/> word.</summary>
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

    public static string StateText(SyncState state) => state switch
    {
        SyncState.UpToDate => "up_to_date",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static StepView Planned(PlannedStep step, SyncOutcome outcome) => StepView.From(step) with
    {
        Targets = outcome.PlannedTargets.GetValueOrDefault(step.SpecPath, []).Select(chain => new TargetView(chain, null, "PLANNED", null)).ToArray(),
    };

    public static SyncOutcomeView From(SyncOutcome outcome) => new()
    {
        SyncId = outcome.SyncId,
        State = StateText(outcome.State),
        Trigger = outcome.Trigger.Text,
        TargetCommit = outcome.TargetCommit,
        BaseCommit = outcome.BaseCommit,
        HistoryRewritten = outcome.HistoryRewritten,
        Message = outcome.Message,
        Blocked = outcome.Plan.Blocked,
        Steps = outcome.Steps.Count > 0 ? outcome.Steps.Select(StepView.From).ToArray() : outcome.Plan.Steps.Select(step => Planned(step, outcome)).ToArray(),
        Orphaned = outcome.Plan.Orphaned,
        Deployments = outcome.Statuses.Select(DeploymentStatusView.From).ToArray(),
        StartedAt = outcome.StartedAt,
        EndedAt = outcome.EndedAt,
    };
}
