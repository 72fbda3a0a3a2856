using Microsoft.Extensions.Logging;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>Completes a dispatched plan: inventory, last applied commit, history, notes and final statuses.</summary>
    private async Task<SyncOutcome> CompleteAsync(StoredPlan plan, IReadOnlyList<StoredStep> steps, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var inventory = (await _store.GetInventoryAsync(cancellationToken)).ToDictionary(entry => entry.SpecPath, StringComparer.Ordinal);
        var upserts = new List<InventoryEntry>();
        var removals = new List<string>();
        foreach (var step in steps)
        {
            var deployed = inventory.GetValueOrDefault(step.Step.SpecPath);
            if (step.Step.Action == StepAction.Destroy && step.Status == StepStatus.Succeeded)
            {
                removals.Add(step.Step.SpecPath);
            }
            else if (InventoryAfter(step, deployed) is { } entry)
            {
                upserts.Add(entry);
            }
        }

        await _store.CompletePlanAsync(plan.SyncId, plan.TargetCommit, upserts, removals, plan.Orphaned, cancellationToken);
        var failed = steps.Count(step => step.Status != StepStatus.Succeeded);
        var outcome = new SyncOutcome
        {
            SyncId = plan.SyncId,
            Trigger = plan.Trigger,
            State = failed == 0 ? SyncState.Succeeded : SyncState.Failed,
            TargetCommit = plan.TargetCommit,
            BaseCommit = plan.BaseCommit,
            HistoryRewritten = plan.HistoryRewritten,
            Plan = new SyncPlan(steps.Select(step => step.Step).ToArray(), plan.Orphaned, null),
            Steps = steps,
            Message = Summarize(steps, plan),
            StartedAt = started,
            EndedAt = _timeProvider.GetUtcNow(),
        };
        _logger.LogInformation("Sync of {Revision} ended {State}: {Message}", plan.TargetCommit, outcome.State, outcome.Message);
        await RecordAsync(outcome, cancellationToken);
        await WriteNotesAsync(outcome, cancellationToken);
        await PostStatusesAsync(plan.TargetCommit, steps, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// The inventory entry once a step ended, or null for no change. An apply that reached at least one node is
    /// recorded even when it failed, so a later prune knows about it; its last applied commit moves only on success.
    /// </summary>
    private InventoryEntry? InventoryAfter(StoredStep stored, InventoryEntry? deployed)
    {
        var step = stored.Step;
        var result = stored.Status == StepStatus.Succeeded ? "succeeded" : "failed";
        if (step.Action == StepAction.Destroy)
        {
            return deployed is null ? null : deployed with { LastResult = result, UpdatedAt = _timeProvider.GetUtcNow() };
        }

        var reached = stored.Targets.Where(target => target.JobId is not null || target.State == TargetState.Succeeded).Select(target => target.Chain);
        var targets = reached.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (step.Action != StepAction.Apply || step.Kind is not { } kind || (deployed is null && targets.Length == 0))
        {
            return null;
        }

        return new InventoryEntry
        {
            SpecPath = step.SpecPath,
            Kind = kind,
            Name = step.Name,
            Targets = targets.Length > 0 ? targets : deployed!.Targets,
            LastAppliedCommit = stored.Status == StepStatus.Succeeded || deployed is null ? step.SpecCommit : deployed.LastAppliedCommit,
            Status = InventoryStatus.Deployed,
            Dependencies = step.Dependencies,
            LastResult = result,
            UpdatedAt = _timeProvider.GetUtcNow(),
        };
    }

    private static string Summarize(IReadOnlyList<StoredStep> steps, StoredPlan plan)
    {
        if (steps.Count == 0)
        {
            return plan.Orphaned.Count == 0 ? "nothing to deploy" : $"nothing to deploy; {plan.Orphaned.Count} specs kept while prune is off";
        }

        var failed = steps.Count(step => step.Status != StepStatus.Succeeded);
        var applied = steps.Count(step => step.Step.Action == StepAction.Apply && step.Status == StepStatus.Succeeded);
        var destroyed = steps.Count(step => step.Step.Action == StepAction.Destroy && step.Status == StepStatus.Succeeded);
        var text = $"{applied} applied, {destroyed} destroyed, {failed} failed";
        return plan.HistoryRewritten ? text + " (history rewritten: nothing pruned unless asked)" : text;
    }
}
