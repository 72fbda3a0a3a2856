using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Api;

/// <summary>The agent's state as the contract records of its routes show it.</summary>
public static class AgentViews
{
    /// <summary>A <see cref="SyncState"/> as the API spells it.</summary>
    public static string StateText(SyncState state) => state switch
    {
        SyncState.UpToDate => "up_to_date",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>A planned step: what and why, without status or results.</summary>
    public static StepView Step(PlannedStep step) => new()
    {
        Spec = step.SpecPath,
        Action = step.Action.ToString().ToLowerInvariant(),
        Phase = step.Phase.ToString().ToLowerInvariant(),
        Kind = step.Kind is { } kind ? SpecNames.ToText(kind) : null,
        Name = step.Name,
        Reason = step.Reason,
        Errors = step.Errors,
    };

    /// <summary>A dispatched step, with its status and per-node results.</summary>
    public static StepView Step(StoredStep stored) => Step(stored.Step) with
    {
        Status = stored.Status.ToString().ToLowerInvariant(),
        Error = stored.Error,
        Targets = stored.Targets.Select(target => new TargetView(target.Chain, target.JobId, target.StateText, target.Error)).ToArray(),
    };

    public static SyncOutcomeView Outcome(SyncOutcome outcome) => new()
    {
        SyncId = outcome.SyncId,
        State = StateText(outcome.State),
        Trigger = outcome.Trigger.Text,
        TargetCommit = outcome.TargetCommit,
        BaseCommit = outcome.BaseCommit,
        HistoryRewritten = outcome.HistoryRewritten,
        Message = outcome.Message,
        Blocked = outcome.Plan.Blocked,
        Steps = outcome.Steps.Count > 0 ? outcome.Steps.Select(Step).ToArray() : outcome.Plan.Steps.Select(step => Planned(step, outcome)).ToArray(),
        Orphaned = outcome.Plan.Orphaned,
        Deployments = outcome.Statuses.Select(Deployment).ToArray(),
        StartedAt = outcome.StartedAt,
        EndedAt = outcome.EndedAt,
    };

    public static DeploymentStatusView Deployment(PairStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(status.SpecPath, status.Target, status.Status.ToText(), status.Commit, status.Hash, status.Reason, status.Error, status.NextRetry);
    }

    public static SyncHistoryView History(SyncHistoryEntry entry) => new(
        entry.SyncId,
        entry.Trigger.Text,
        entry.TargetCommit,
        entry.State is { } state ? StateText(state) : "running",
        entry.StartedAt,
        entry.EndedAt,
        entry.Message);

    private static StepView Planned(PlannedStep step, SyncOutcome outcome) => Step(step) with
    {
        Targets = outcome.PlannedTargets.GetValueOrDefault(step.SpecPath, []).Select(chain => new TargetView(chain, null, "PLANNED", null)).ToArray(),
    };
}
