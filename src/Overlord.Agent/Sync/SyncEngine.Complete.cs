using Microsoft.Extensions.Logging;
using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Client.Contract;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>Completes a dispatched plan: inventory, last applied commit, history, notes and final statuses.</summary>
    private async Task<SyncOutcome> CompleteAsync(StoredPlan plan, IReadOnlyList<StoredStep> steps, DateTimeOffset started, CancellationToken cancellationToken)
    {
        // Only the entries of the plan's specs: a sync of one spec among ten thousand looks up one.
        var paths = steps.Select(step => step.Step.SpecPath).ToHashSet(StringComparer.Ordinal);
        var inventory = (await _store.GetInventoryAsync(cancellationToken)).Where(entry => paths.Contains(entry.SpecPath))
            .ToDictionary(entry => entry.SpecPath, StringComparer.Ordinal);
        var upserts = new List<InventoryEntry>();
        var removals = new List<string>();
        foreach (var step in steps)
        {
            var deployed = inventory.GetValueOrDefault(step.Step.SpecPath);
            var destroyedAll = step.Step.Action == StepAction.Destroy && step.Status == StepStatus.Succeeded
                && (step.Step.Targets is null || deployed is null || deployed.Targets.All(step.Step.Targets.Contains));
            if (destroyedAll)
            {
                removals.Add(step.Step.SpecPath);
            }
            else if (InventoryAfter(step, deployed) is { } entry)
            {
                upserts.Add(entry);
            }
        }

        await WriteDeploymentsAsync(steps, cancellationToken);
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
            var left = deployed?.Targets.Where(target => stored.Status != StepStatus.Succeeded || !(step.Targets?.Contains(target) ?? true)).ToArray();
            return deployed is null ? null : deployed with { Targets = left ?? [], LastResult = result, UpdatedAt = _timeProvider.GetUtcNow() };
        }

        var reached = stored.Targets.Where(target => target.JobId is not null || target.State == TargetState.Succeeded).Select(target => target.Chain);

        // A reconcile's step reaches only the nodes that differed: the others keep the spec.
        var kept = step.Targets is not null && deployed is not null ? deployed.Targets : [];
        var targets = reached.Concat(kept).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (step.Action is not (StepAction.Apply or StepAction.Recreate) || step.Kind is not { } kind || (deployed is null && targets.Length == 0))
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

    /// <summary>
    /// Each node's row once a step ended (issue 9): synced with its hashes left for the next reconcile to adopt, or failed
    /// with the next attempt after a backoff (reset by a new commit); a destroy that ended well removes the row.
    /// </summary>
    private async Task WriteDeploymentsAsync(IReadOnlyList<StoredStep> steps, CancellationToken cancellationToken)
    {
        var paths = steps.Select(step => step.Step.SpecPath).ToHashSet(StringComparer.Ordinal);
        var records = (await _store.GetDeploymentsAsync(cancellationToken)).Where(record => paths.Contains(record.SpecPath))
            .ToDictionary(record => (record.SpecPath, record.Target));
        var now = _timeProvider.GetUtcNow();
        var upserts = new List<DeploymentRecord>();
        var removals = new List<(string, string)>();
        foreach (var stored in steps.Where(stored => stored.Step.Action != StepAction.Invalid && stored.Step.Kind is not null))
        {
            var step = stored.Step;
            foreach (var target in NodeResults(stored).Where(target => target.IsFinal))
            {
                var before = records.GetValueOrDefault((step.SpecPath, target.Chain));
                if (target.Unreached)
                {
                    // The node did not answer: its deployment is what it was, to be redone once it answers.
                    if (before is not null)
                    {
                        upserts.Add(before with { State = DeploymentState.Unreachable, Error = target.Error, UpdatedAt = now });
                    }

                    continue;
                }

                if (step.Action == StepAction.Destroy)
                {
                    if (target.State == TargetState.Succeeded)
                    {
                        removals.Add((step.SpecPath, target.Chain));
                    }
                    else if (before is not null)
                    {
                        upserts.Add(Failed(before, step.SpecCommit, target, now));
                    }

                    continue;
                }

                var row = before ?? new DeploymentRecord { SpecPath = step.SpecPath, Target = target.Chain, Kind = step.Kind!.Value, SpecCommit = step.SpecCommit };
                row = row with { Kind = step.Kind!.Value, Name = target.RenderedName ?? step.Name };
                upserts.Add(target.State == TargetState.Succeeded
                    ? row with
                    {
                        SpecCommit = step.SpecCommit,
                        SpecHash = null,
                        ReadsHash = step.Action == StepAction.Recreate ? null : row.ReadsHash,
                        State = DeploymentState.Synced,
                        Error = null,
                        Attempts = 0,
                        NextAttemptAt = null,
                        UpdatedAt = now,
                    }
                    : Failed(row, step.SpecCommit, target, now));
            }
        }

        await _store.WriteDeploymentsAsync(upserts, removals, cancellationToken);

        // A failure counts toward the backoff only at the commit it happened at: a new commit starts again from 30 s.
        static DeploymentRecord Failed(DeploymentRecord row, string commit, TargetResult target, DateTimeOffset now)
        {
            var attempts = row.State == DeploymentState.Failed && row.SpecCommit == commit ? row.Attempts + 1 : 1;
            return row with
            {
                SpecCommit = commit,
                State = DeploymentState.Failed,
                Error = target.Error ?? target.StateText,
                Attempts = attempts,
                NextAttemptAt = now + RetryBackoff.After(attempts),
                UpdatedAt = now,
            };
        }
    }

    /// <summary>
    /// Each node's answer to a step. A step refused as a whole (the spec could not be sent: no node answered) failed on
    /// every node it named, with the step's error, so those nodes get a backoff and a failed status like any other failure.
    /// </summary>
    private static IReadOnlyList<TargetResult> NodeResults(StoredStep stored) =>
        stored.Targets.Count == 0 && stored.Status == StepStatus.Failed && stored.Step.Targets is { } named
            ? named.Select(target => new TargetResult(target, null, TargetState.Failed, stored.Error)).ToArray()
            : stored.Targets;

    private static string Summarize(IReadOnlyList<StoredStep> steps, StoredPlan plan)
    {
        if (steps.Count == 0)
        {
            return plan.Orphaned.Count == 0 ? "nothing to deploy" : $"nothing to deploy; {plan.Orphaned.Count} specs kept while prune is off";
        }

        var failed = steps.Count(step => step.Status != StepStatus.Succeeded);
        var applied = steps.Count(step => step.Step.Action is StepAction.Apply or StepAction.Recreate && step.Status == StepStatus.Succeeded);
        var destroyed = steps.Count(step => step.Step.Action == StepAction.Destroy && step.Status == StepStatus.Succeeded);
        var text = $"{applied} applied, {destroyed} destroyed, {failed} failed";
        return plan.HistoryRewritten ? text + " (history rewritten: nothing pruned unless asked)" : text;
    }
}
