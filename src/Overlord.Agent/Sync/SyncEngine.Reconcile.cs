using System.Text;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

/// <summary>
/// The level-triggered half of a sync (issue 9): after the commit's own plan, compare what the last applied commit
/// says with what the tree runs (one tree read through the agent's node) and act on the difference, on the nodes that
/// differ. With nothing to do it costs that one read: the specs of the commit are kept in memory between syncs.
/// </summary>
public sealed partial class SyncEngine
{
    /// <summary>The hash of each spec kept between syncs: a sync of one spec hashes that one again, not all of them.</summary>
    private readonly SpecHashCache _specHashes = new();

    private DesiredSpecs? _desired;

    /// <summary>The inventory (the store's list, the same object until it is written) and its targets by spec.</summary>
    private (IReadOnlyList<InventoryEntry> Inventory, IReadOnlyDictionary<string, IReadOnlyList<string>> Targets)? _inventoryTargets;

    /// <summary>The last desired state and what it was built from: hashing every spec for every node is the costly part.</summary>
    private LastDesired? _lastDesired;

    /// <summary>The statuses last written: a reconcile that finds the same writes nothing.</summary>
    private IReadOnlyList<PairStatus>? _written;

    private async Task<SyncOutcome> ReconcileAsync(SyncRequest request, SyncOutcome synced, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var commit = request.Options.DryRun && !synced.Unverified ? synced.TargetCommit : await _store.GetLastAppliedAsync(cancellationToken);
        if (commit is null || synced.State == SyncState.Errored && request.Options.Revision is not null)
        {
            return synced;
        }

        var tree = await _dispatcher.ObserveAsync(cancellationToken);
        if (tree is null)
        {
            _logger.LogWarning("Reconcile skipped: the agent's own node did not answer the tree read");
            return synced;
        }

        var specs = await DesiredSpecsAsync(commit, cancellationToken);
        var records = await _store.GetDeploymentsAsync(cancellationToken);
        var known = await _store.GetKnownNodesAsync(cancellationToken);
        var inventory = await _store.GetInventoryAsync(cancellationToken);
        var labels = known.ToDictionary(node => node.Chain, node => node.Labels, StringComparer.Ordinal);
        var desired = DesiredFor(specs, tree, labels, records);
        var plan = ReconcilePlanner.Plan(desired, records, tree, new ReconcileOptions
        {
            Commit = commit,
            Now = _timeProvider.GetUtcNow(),
            SelfHeal = Current.SelfHeal,
            Prune = request.Options.Prune || (Current.Prune && !synced.HistoryRewritten),
            AllowMassPrune = request.Options.AllowMassPrune,
            ValidSpecs = specs.Valid,
            InvalidSpecs = specs.Invalid,
            InventoryTargets = InventoryTargets(inventory),
            AutoscaledSpecs = specs.Autoscaled,
        });
        if (request.Options.DryRun)
        {
            return Planned(synced, plan);
        }

        await SaveKnownNodesAsync(tree, known, cancellationToken);
        await _store.WriteDeploymentsAsync(plan.Adopted, plan.Forgotten, cancellationToken);
        if (!plan.HasWork)
        {
            await WriteStatusesAsync(plan.Statuses, cancellationToken);
            return synced with { Statuses = plan.Statuses };
        }

        _logger.LogInformation("Reconcile of {Revision}: {Steps} steps on nodes that differ", commit, plan.Steps.Count);
        await WriteStatusesAsync(plan.Statuses, cancellationToken);
        var stored = new StoredPlan
        {
            SyncId = synced.State is SyncState.UpToDate ? request.SyncId : request.SyncId + "-reconcile",
            TargetCommit = commit,
            BaseCommit = commit,
            Trigger = request.Trigger,
            CreatedAt = _timeProvider.GetUtcNow(),
            Steps = plan.Steps.Select((step, ordinal) => new StoredStep(ordinal, step, StepStatus.Pending, [])).ToArray(),
        };
        await _store.SavePlanAsync(stored, cancellationToken);
        var reconciled = await ExecuteAsync(stored, specs.Revision, started, cancellationToken);
        var statuses = StatusesAfter(plan.Statuses, reconciled.Steps, await _store.GetDeploymentsAsync(cancellationToken));
        await WriteStatusesAsync(statuses, cancellationToken);
        return Combine(synced, reconciled) with { Statuses = statuses };
    }

    /// <summary>
    /// The desired state, built again only when what it depends on changed: the commit, the tree's nodes and labels,
    /// the labels of nodes that do not answer, and (for specs with maximumDeployments) where specs run.
    /// </summary>
    private IReadOnlyList<DesiredDeployment> DesiredFor(
        DesiredSpecs specs, ObservedTree tree, Dictionary<string, IReadOnlyList<string>> labels, IReadOnlyList<DeploymentRecord> records)
    {
        var inputs = new StringBuilder();
        foreach (var node in tree.Nodes)
        {
            inputs.Append(node.Chain).Append(node.Reachable ? '+' : '-').AppendJoin(',', node.Reachable ? node.Labels : labels.GetValueOrDefault(node.Chain) ?? []).Append('\n');
        }

        foreach (var (chain, known) in labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            inputs.Append(chain).Append('=').AppendJoin(',', known).Append('\n');
        }

        if (specs.AnyLimited)
        {
            foreach (var record in records.Where(record => record.State == DeploymentState.Synced))
            {
                inputs.Append(record.SpecPath).Append('@').Append(record.Target).Append('\n');
            }
        }

        var key = inputs.ToString();
        if (_lastDesired is { } last && last.Inputs == key && last.Commit == specs.Commit)
        {
            return last.Desired;
        }

        // The same nodes and labels: a spec's pairs depend on nothing else but, for specs other than metadata specs, the
        // metadata specs; so only the specs that changed (another Spec than the one kept) are placed and hashed again,
        // and every spec when a metadata spec changed but the metadata specs. The result is what a full build gives.
        var metadata = specs.Metadata;
        var same = _lastDesired is { } before && before.Inputs == key;
        var sameMetadata = same && SameSpecs(_lastDesired!.Metadata, metadata);
        var kept = same ? _lastDesired!.BySpec : null;
        var desired = DesiredStateBuilder.Build(
            specs.Deployable, tree, labels, records, _specHashes,
            kept is null ? null : (path, spec) =>
                kept.TryGetValue(path, out var entry) && ReferenceEquals(entry.Spec, spec) && (sameMetadata || spec is MetadataSpec) ? entry.Pairs : null);
        _lastDesired = new LastDesired(key, specs.Commit, metadata, desired, BySpec(specs.Deployable, desired, kept));
        return desired;
    }

    /// <summary>Each deployed spec's nodes, built again only when the inventory was written since the last reconcile.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<string>> InventoryTargets(IReadOnlyList<InventoryEntry> inventory)
    {
        if (_inventoryTargets is not { } kept || !ReferenceEquals(kept.Inventory, inventory))
        {
            kept = (inventory, inventory.ToDictionary(entry => entry.SpecPath, entry => entry.Targets, StringComparer.Ordinal));
            _inventoryTargets = kept;
        }

        return kept.Targets;
    }

    private static bool SameSpecs(IReadOnlyList<(string Path, Spec Spec)> before, IReadOnlyList<(string Path, Spec Spec)> now) =>
        ReferenceEquals(before, now) || (before.Count == now.Count && before.Zip(now).All(pair => pair.First.Path == pair.Second.Path && ReferenceEquals(pair.First.Spec, pair.Second.Spec)));

    /// <summary>
    /// Each spec's pairs (the desired state lists them spec by spec, in spec order). The dictionary of the last build is
    /// updated where a spec's pairs are not the ones it kept, so a sync of one spec writes one entry, not ten thousand.
    /// </summary>
    private static Dictionary<string, (Spec Spec, IReadOnlyList<DesiredDeployment> Pairs)> BySpec(
        IReadOnlyList<(string Path, Spec Spec)> specs, IReadOnlyList<DesiredDeployment> desired,
        Dictionary<string, (Spec Spec, IReadOnlyList<DesiredDeployment> Pairs)>? kept)
    {
        var bySpec = kept ?? new Dictionary<string, (Spec, IReadOnlyList<DesiredDeployment>)>(specs.Count, StringComparer.Ordinal);
        var next = 0;
        foreach (var (path, spec) in specs)
        {
            // The pairs of this spec are the run of pairs that name it.
            var start = next;
            while (next < desired.Count && ReferenceEquals(desired[next].Spec, spec) && desired[next].SpecPath == path)
            {
                next++;
            }

            var known = bySpec.TryGetValue(path, out var entry) && ReferenceEquals(entry.Spec, spec) && entry.Pairs.Count == next - start
                && (next == start || ReferenceEquals(entry.Pairs[0], desired[start]));
            if (!known)
            {
                bySpec[path] = (spec, next == start ? [] : desired.Skip(start).Take(next - start).ToArray());
            }
        }

        if (bySpec.Count != specs.Count)
        {
            // Specs left the commit: drop their entries.
            var present = specs.Select(entry => entry.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in bySpec.Keys.Where(path => !present.Contains(path)).ToList())
            {
                bySpec.Remove(path);
            }
        }

        return bySpec;
    }

    /// <summary>A desired state with what it was built from: node inputs, commit, metadata specs, and its pairs by spec.</summary>
    private sealed record LastDesired(
        string Inputs,
        string Commit,
        IReadOnlyList<(string Path, Spec Spec)> Metadata,
        IReadOnlyList<DesiredDeployment> Desired,
        Dictionary<string, (Spec Spec, IReadOnlyList<DesiredDeployment> Pairs)> BySpec);

    /// <summary>
    /// Remembers each answering node's labels (a node that stops answering is placed by them). Written when they changed,
    /// or at most once a minute for the time seen, so that a reconcile with nothing to do writes nothing most of the time.
    /// </summary>
    private async Task SaveKnownNodesAsync(ObservedTree tree, IReadOnlyList<KnownNode> known, CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var before = known.ToDictionary(node => node.Chain, StringComparer.Ordinal);
        var seen = tree.Nodes
            .Where(node => node.Reachable)
            .Where(node => !before.TryGetValue(node.Chain, out var old) || !old.Labels.SequenceEqual(node.Labels) || now - old.LastSeen >= TimeSpan.FromMinutes(1))
            .ToDictionary(node => node.Chain, node => node.Labels, StringComparer.Ordinal);
        if (seen.Count > 0)
        {
            await _store.SaveKnownNodesAsync(seen, cancellationToken);
        }
    }

    private async Task WriteStatusesAsync(IReadOnlyList<PairStatus> statuses, CancellationToken cancellationToken)
    {
        _metrics?.StatusesWritten(statuses);
        if (_written is null)
        {
            await _store.ReplaceStatusesAsync(statuses, cancellationToken);
        }
        else
        {
            // The table holds what was last written: only the pairs that changed are written again (none: nothing is).
            var changes = StatusChanges.Between(_written, statuses);
            await _store.UpdateStatusesAsync(changes.Upserts, changes.Removals, cancellationToken);
        }

        _written = statuses;
    }

    /// <summary>The specs of <paramref name="commit"/>: kept from the last sync, advanced by what a commit's sync loaded, or read whole.</summary>
    private async Task<DesiredSpecs> DesiredSpecsAsync(string commit, CancellationToken cancellationToken)
    {
        if (_desired?.Commit == commit)
        {
            return _desired;
        }

        if (_lastLoad is { BaseCommit: null } whole && whole.Specs.Commit == commit)
        {
            // A first sync (or one after a force push) loaded every spec already.
            return _desired = DesiredSpecs.From(whole.Specs);
        }

        if (_lastLoad is { } last && last.Specs.Commit == commit && _desired is { } previous && previous.Commit == last.BaseCommit)
        {
            return _desired = previous.Advance(last.Specs, last.Deleted);
        }

        var files = (await _git.ListFilesAsync(commit, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var request = new PlanRequest { TargetCommit = commit, TargetFiles = files, Paths = _paths, Inventory = await _store.GetInventoryAsync(cancellationToken) };
        var selected = SyncPlanner.SelectSpecs(request);
        var loaded = await _loader.LoadAsync(commit, selected.Keys.ToArray(), files, cancellationToken);
        return _desired = DesiredSpecs.From(loaded);
    }

    private static SyncOutcome Planned(SyncOutcome synced, ReconcilePlan plan)
    {
        var targets = new Dictionary<string, IReadOnlyList<string>>(synced.PlannedTargets, StringComparer.Ordinal);
        var steps = synced.Plan.Steps.ToList();
        foreach (var step in plan.Steps.Where(step => !steps.Any(planned => planned.SpecPath == step.SpecPath)))
        {
            steps.Add(step);
            targets[step.SpecPath] = step.Targets ?? [];
        }

        var state = synced.State == SyncState.UpToDate ? SyncState.Planned : synced.State;
        return synced with { State = state, Plan = synced.Plan with { Steps = steps, Blocked = synced.Plan.Blocked ?? plan.Blocked }, PlannedTargets = targets, Statuses = plan.Statuses };
    }

    /// <summary>The statuses once the reconcile's steps ended: synced where they did, failed (with the next retry) where they did not.</summary>
    private static PairStatus[] StatusesAfter(IReadOnlyList<PairStatus> before, IReadOnlyList<StoredStep> steps, IReadOnlyList<DeploymentRecord> records)
    {
        var results = steps.SelectMany(step => NodeResults(step).Select(target => (step.Step, Target: target))).ToList();
        var byPair = records.ToDictionary(record => (record.SpecPath, record.Target));
        return before.Select(status =>
        {
            var (step, target) = results.FirstOrDefault(result => result.Step.SpecPath == status.SpecPath && result.Target.Chain == status.Target);
            if (step is null)
            {
                return status;
            }

            if (target.State == TargetState.Succeeded)
            {
                return step.Action == StepAction.Destroy ? null : status with { Status = ConvergenceStatus.Synced, Reason = null, Error = null, NextRetry = null };
            }

            var record = byPair.GetValueOrDefault((status.SpecPath, status.Target));
            var next = step.Action == StepAction.Destroy ? ConvergenceStatus.Orphaned : ConvergenceStatus.Failed;
            return status with { Status = next, Error = target.Error, NextRetry = record?.NextAttemptAt };
        }).OfType<PairStatus>().ToArray();
    }

    /// <summary>One outcome for the commit's plan and the reconcile after it: all their steps, the worse state.</summary>
    private static SyncOutcome Combine(SyncOutcome synced, SyncOutcome reconciled)
    {
        if (synced.State is SyncState.UpToDate)
        {
            return reconciled;
        }

        var failed = synced.State == SyncState.Failed || reconciled.State == SyncState.Failed;
        return synced with
        {
            State = failed && synced.State == SyncState.Succeeded ? SyncState.Failed : synced.State,
            Steps = [.. synced.Steps, .. reconciled.Steps],
            Message = $"{synced.Message}; then, on nodes that differed: {reconciled.Message}",
            EndedAt = reconciled.EndedAt,
        };
    }
}
