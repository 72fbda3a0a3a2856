using System.Runtime.CompilerServices;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>
/// Compares the desired state with what the tree runs and what the agent deployed (issue 9), pair by pair:
/// missing or failed (once its backoff ran out) or unreachable and back: deploy; a different spec hash: deploy again;
/// different metadata reads: recreate; destroyed or FAILED behind the agent's back: redeploy with self_heal, else report
/// it; running where it should not: destroy with prune (within the mass-prune guard), else report it orphaned.
/// Pure: the same inputs give the same plan.
/// </summary>
public static class ReconcilePlanner
{
    /// <summary>Each pair's displayed hash: the pairs of specs that did not change are the same objects from one reconcile to the next.</summary>
    private static readonly ConditionalWeakTable<DesiredDeployment, string> CombinedHashes = new();

    public static ReconcilePlan Plan(IReadOnlyList<DesiredDeployment> desired, IReadOnlyList<DeploymentRecord> records, ObservedTree tree, ReconcileOptions options)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(options);
        var byPair = new Dictionary<(string, string), int>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            byPair.Add((records[i].SpecPath, records[i].Target), i);
        }

        // The records a desired pair names: the others are no longer wanted.
        var wanted = new bool[records.Count];
        var adopted = new List<DeploymentRecord>();

        // Each desired pair's status in order: one remembered (SyncedPairs), or the one decided now. Only the decisions
        // made now can act; a remembered pair is synced.
        var statuses = new List<PairStatus>(desired.Count);
        var decisions = new List<PairDecision>();
        foreach (var pair in desired)
        {
            var record = byPair.TryGetValue((pair.SpecPath, pair.Target), out var index) ? records[index] : null;
            if (record is not null)
            {
                wanted[index] = true;
            }

            var node = tree.Find(pair.Chain);
            var project = pair.ObservableName is { } observable && node is not null ? node.Projects.GetValueOrDefault(observable) : null;
            if (record is not null && pair.Reachable && node is { Reachable: true } && SyncedPairs.Find(pair, record, project) is { } remembered)
            {
                statuses.Add(remembered);
                continue;
            }

            var (decision, adopt) = Decide(pair, record, node, options);
            var status = decision.ToStatus();
            statuses.Add(status);
            decisions.Add(decision);
            if (adopt is not null)
            {
                adopted.Add(adopt);
            }
            else if (record is not null)
            {
                SyncedPairs.Remember(pair, record, project, status);
            }
        }

        // The records no desired pair names: destroyed (after the mass-prune check) or forgotten.
        var desiredDecisions = decisions.Count;
        var dropped = new List<DeploymentRecord>();
        foreach (var record in records.Where((_, index) => !wanted[index]))
        {
            if (Unwanted(record, tree, options) is { } decision)
            {
                decisions.Add(decision);
            }
            else
            {
                dropped.Add(record);
            }
        }

        var blocked = MassPruneProblem(decisions, desired, records, options);
        if (blocked is not null)
        {
            decisions = decisions.Select(decision => decision.Action == StepAction.Destroy
                ? decision with { Action = null, Status = ConvergenceStatus.Orphaned, Error = blocked }
                : decision).ToList();
        }

        statuses.AddRange(decisions.Skip(desiredDecisions).Select(decision => decision.ToStatus()));
        var forgotten = dropped.Select(record => (record.SpecPath, record.Target)).ToArray();
        return new ReconcilePlan(Steps(decisions), [.. statuses], adopted, forgotten, blocked);
    }

    private static (PairDecision Decision, DeploymentRecord? Adopt) Decide(DesiredDeployment pair, DeploymentRecord? record, ObservedNode? node, ReconcileOptions options)
    {
        var decision = new PairDecision
        {
            SpecPath = pair.SpecPath,
            Target = pair.Target,
            Kind = pair.Kind,
            Name = SpecNames.DeployedName(pair.Spec),
            SpecCommit = options.Commit,
            Status = ConvergenceStatus.Synced,
            Hash = CombinedHashes.GetValue(pair, static pair => DeploymentHashes.Combined(pair.SpecHash, pair.ReadsHash)),
        };
        if (!pair.Reachable || node is not { Reachable: true })
        {
            // A failure on a node that does not answer is the node's, not the spec's: deploy as soon as it answers.
            var waiting = record is { State: DeploymentState.Failed } ? record with { State = DeploymentState.Unreachable, UpdatedAt = options.Now } : null;
            return (decision with { Status = ConvergenceStatus.Unreachable, Reason = "the node does not answer", Error = node?.Error, SpecCommit = record?.SpecCommit ?? options.Commit }, waiting);
        }

        var project = pair.ObservableName is { } observable ? node.Projects.GetValueOrDefault(observable) : null;
        if (record is null)
        {
            var inInventory = options.InventoryTargets.GetValueOrDefault(pair.SpecPath)?.Contains(pair.Target) ?? false;
            return project is { IsDone: true } && inInventory
                ? (decision, Synced(pair, options))
                : (Deploy(decision, "not deployed on this node"), null);
        }

        switch (record.State)
        {
            case DeploymentState.Unreachable:
                return (Deploy(decision, "the node answers again"), null);
            case DeploymentState.Failed when record.SpecCommit == options.Commit && record.NextAttemptAt > options.Now:
                return (decision with { Status = ConvergenceStatus.Failed, Reason = $"failed {record.Attempts} times", Error = record.Error, NextRetry = record.NextAttemptAt }, null);
            case DeploymentState.Failed:
                var why = record.SpecCommit == options.Commit ? $"retry after {record.Attempts} failed attempts" : "a new commit after a failure";
                return (Deploy(decision, why) with { Error = record.Error }, null);
        }

        // Null hashes were written by a plan that did not know them (a commit's own sync): adopt them at that commit.
        var knownSpec = record.SpecHash ?? (record.SpecCommit == options.Commit ? pair.SpecHash : null);
        var knownReads = record.ReadsHash ?? pair.ReadsHash;
        DeploymentRecord? adopt = knownSpec != record.SpecHash || knownReads != record.ReadsHash
            ? record with { SpecHash = knownSpec, ReadsHash = knownReads }
            : null;
        if (knownReads != pair.ReadsHash)
        {
            var also = knownSpec != pair.SpecHash ? " and the spec changed" : "";
            return (decision with { Action = StepAction.Recreate, Status = ConvergenceStatus.Progressing, Reason = "the metadata it reads changed" + also }, null);
        }

        if (knownSpec != pair.SpecHash)
        {
            return (Deploy(decision, "the spec changed"), null);
        }

        var drift = pair.ObservableName is null ? null
            : project is null ? "destroyed on the node"
            : project.IsFailed ? "FAILED on the node"
            : null;
        if (drift is not null)
        {
            return options.SelfHeal
                ? (Deploy(decision, "self-heal: " + drift), adopt)
                : (decision with { Status = ConvergenceStatus.OutOfSync, Reason = drift + " (self_heal is off)" }, adopt);
        }

        return project is { IsBusy: true }
            ? (decision with { Status = ConvergenceStatus.Progressing, Reason = $"{project.State ?? "no state yet"} on the node" }, adopt)
            : (decision with { SpecCommit = record.SpecCommit }, adopt);
    }

    /// <summary>The decision to deploy, made only when it is the answer: most pairs of a reconcile are synced (issue 14.6).</summary>
    private static PairDecision Deploy(PairDecision decision, string reason) =>
        decision with { Action = StepAction.Apply, Status = ConvergenceStatus.Progressing, Reason = reason };

    private static DeploymentRecord Synced(DesiredDeployment pair, ReconcileOptions options) => new()
    {
        SpecPath = pair.SpecPath,
        Target = pair.Target,
        Kind = pair.Kind,
        Name = SpecNames.DeployedName(pair.Spec),
        SpecCommit = options.Commit,
        SpecHash = pair.SpecHash,
        ReadsHash = pair.ReadsHash,
        State = DeploymentState.Synced,
        UpdatedAt = options.Now,
    };

    /// <summary>A record the desired state no longer has: kept, reported orphaned, destroyed with prune, or null to forget it.</summary>
    private static PairDecision? Unwanted(DeploymentRecord record, ObservedTree tree, ReconcileOptions options)
    {
        var decision = new PairDecision
        {
            SpecPath = record.SpecPath,
            Target = record.Target,
            Kind = record.Kind,
            Name = record.Name,
            SpecCommit = options.ValidSpecs.Contains(record.SpecPath) ? options.Commit : record.SpecCommit,
            Status = ConvergenceStatus.Orphaned,
        };
        if (options.InvalidSpecs.Contains(record.SpecPath))
        {
            return decision with { Status = ConvergenceStatus.OutOfSync, Reason = $"the spec does not load at {Short(options.Commit)}; what it deployed is kept" };
        }

        var node = tree.Find(ChainOf(record.Target));
        if (node is not { Reachable: true })
        {
            return decision with { Reason = "no longer selected; the node does not answer", Error = node?.Error };
        }

        // An autoscaled project runs where the node's autoscaler puts it, not on the node: only its metadata tells.
        var observable = record.Kind is SpecKind.DirectorProject or SpecKind.VmJail && record.Name is not null && !options.AutoscaledSpecs.Contains(record.SpecPath);
        if (observable && !node.Projects.ContainsKey(record.Name!))
        {
            return null;
        }

        var why = options.ValidSpecs.Contains(record.SpecPath) ? "no longer selected on this node" : "the spec left the repository";
        if (record.State == DeploymentState.Failed && record.NextAttemptAt > options.Now)
        {
            return decision with { Reason = why + "; the last destroy failed", Error = record.Error, NextRetry = record.NextAttemptAt };
        }

        return options.Prune
            ? decision with { Action = StepAction.Destroy, Status = ConvergenceStatus.Progressing, Reason = why }
            : decision with { Reason = why + " (prune is off)" };
    }

    private static string? MassPruneProblem(List<PairDecision> decisions, IReadOnlyList<DesiredDeployment> desired, IReadOnlyList<DeploymentRecord> records, ReconcileOptions options)
    {
        // Most reconciles destroy nothing: they should not count ten thousand specs to learn it.
        if (options.AllowMassPrune || !decisions.Any(decision => decision.Action == StepAction.Destroy))
        {
            return null;
        }

        var stillWanted = desired.Select(pair => pair.SpecPath).ToHashSet(StringComparer.Ordinal);
        var destroyed = decisions.Where(decision => decision.Action == StepAction.Destroy && !stillWanted.Contains(decision.SpecPath))
            .Select(decision => decision.SpecPath).Distinct(StringComparer.Ordinal).Count();
        var deployed = records.Select(record => record.SpecPath).Distinct(StringComparer.Ordinal).Count();
        if (destroyed == 0 || (destroyed * 4 <= deployed && destroyed < deployed))
        {
            return null;
        }

        var share = destroyed == deployed ? "all of them" : "more than a quarter";
        return $"pruning would destroy {destroyed} of the {deployed} deployed specs ({share}); nothing was destroyed. "
            + "Sync with allow_mass_prune (overlord sync --prune --allow-mass-prune) if that is what you want";
    }

    /// <summary>One step per spec and action, on the nodes that need it, metadata first and destroys last.</summary>
    private static PlannedStep[] Steps(List<PairDecision> decisions) =>
        decisions.Where(decision => decision.Action is not null)
            .GroupBy(decision => (decision.SpecPath, Action: decision.Action!.Value, decision.SpecCommit))
            .Select(group => new PlannedStep
            {
                SpecPath = group.Key.SpecPath,
                Action = group.Key.Action,
                Phase = group.Key.Action == StepAction.Destroy ? SyncPhase.Deletions
                    : group.First().Kind == SpecKind.Metadata ? SyncPhase.Metadata : SyncPhase.Workloads,
                Kind = group.First().Kind,
                Name = group.First().Name,
                SpecCommit = group.Key.SpecCommit,
                Reason = string.Join("; ", group.GroupBy(decision => decision.Reason).Select(byReason => $"{byReason.Key} ({string.Join(", ", byReason.Select(d => d.Target))})")),
                Targets = group.Select(decision => decision.Target).ToArray(),
                AnyLabels = group.Key.Action == StepAction.Destroy,
            })
            .OrderBy(step => step.Phase)
            .ThenBy(step => step.Phase == SyncPhase.Deletions && step.Kind == SpecKind.Metadata ? 1 : 0)
            .ThenBy(step => step.SpecPath, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The chain path below the agent's node of a target named <c>main.eu</c> ("" for <c>main</c>).</summary>
    public static string ChainOf(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var dot = target.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? "" : target[(dot + 1)..];
    }

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
