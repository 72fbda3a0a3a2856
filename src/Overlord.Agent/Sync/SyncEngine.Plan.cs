using Microsoft.Extensions.Logging;
using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>The branch head last written to agent.db: a poll that sees the same writes nothing.</summary>
    private string? _branchHead;

    /// <summary>The files of the commit whose files were last needed (never changed once kept: a later commit gets a copy).</summary>
    private (string Commit, HashSet<string> Files)? _listed;

    /// <summary>The last whole diff between two commits: the file listing and the watched changes of a sync share it.</summary>
    private (string From, string To, IReadOnlyList<FileChange> Changes)? _diffed;

    private async Task<SyncOutcome> SyncAsync(SyncRequest request, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var options = request.Options;
        var lastApplied = await _store.GetLastAppliedAsync(cancellationToken);
        if (options.Revision is null)
        {
            // The cheap poll: one ls-remote, and no fetch when the branch did not move.
            var head = await _git.LsRemoteAsync(_git.RemoteName, Branch, cancellationToken);
            if (head is null)
            {
                return await ErroredAsync(request, started, null, $"the branch {Branch} does not exist in the repository", cancellationToken);
            }

            if (head != _branchHead)
            {
                await _store.SetBranchHeadAsync(head, cancellationToken);
                _branchHead = head;
            }

            if (head == lastApplied)
            {
                _logger.LogDebug("Branch {Branch} is still at {Revision}: nothing to do", Branch, head);
                var state = options.DryRun ? SyncState.Planned : SyncState.UpToDate;
                return new SyncOutcome { SyncId = request.SyncId, Trigger = request.Trigger, State = state, TargetCommit = head, BaseCommit = head };
            }
        }

        var fetched = await _git.FetchAsync(Branch, [_notes.FetchRefspec], cancellationToken);
        var target = options.Revision is null ? fetched : await ResolveAsync(options.Revision, cancellationToken);
        if (target is null)
        {
            return await ErroredAsync(request, started, null, $"the revision '{options.Revision}' is not a commit of the repository", cancellationToken);
        }

        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["Revision"] = target });
        if (Current.Verify is { } verify && await _verifier.CheckAsync(verify, lastApplied, target, cancellationToken) is { } rejection)
        {
            return await UnverifiedAsync(request, started, target, lastApplied, rejection, cancellationToken);
        }

        var (planRequest, specs) = await PrepareAsync(target, lastApplied, options, cancellationToken);
        if (!options.DryRun)
        {
            // The diff was made by PrepareAsync already: what it deleted is looked up, not compared again.
            var deleted = planRequest.BaseCommit is { } baseCommit
                ? (await ChangesAsync(baseCommit, target, cancellationToken)).Where(change => change.Kind == FileChangeKind.Deleted).Select(change => change.Path).ToArray()
                : [];
            _lastLoad = (planRequest.BaseCommit, specs, deleted);
        }

        var plan = SyncPlanner.Plan(planRequest, specs.Loaded);
        var outcome = new SyncOutcome
        {
            SyncId = request.SyncId,
            Trigger = request.Trigger,
            State = SyncState.Planned,
            TargetCommit = target,
            BaseCommit = planRequest.BaseCommit,
            HistoryRewritten = planRequest.HistoryRewritten,
            Plan = plan,
            StartedAt = started,
        };
        if (options.DryRun)
        {
            var targets = await ResolveTargetsAsync(plan, specs, cancellationToken);
            return outcome with { PlannedTargets = targets, EndedAt = _timeProvider.GetUtcNow() };
        }

        if (planRequest.HistoryRewritten)
        {
            _logger.LogWarning("{Revision} does not descend from the last applied {LastApplied}: treating it as a force push", target, lastApplied);
        }

        await RecordAsync(outcome, cancellationToken);
        if (plan.IsBlocked)
        {
            return await BlockedAsync(outcome, cancellationToken);
        }

        var stored = new StoredPlan
        {
            SyncId = request.SyncId,
            TargetCommit = target,
            BaseCommit = planRequest.BaseCommit,
            Trigger = request.Trigger,
            HistoryRewritten = planRequest.HistoryRewritten,
            Orphaned = plan.Orphaned,
            CreatedAt = started,
            Steps = plan.Steps.Select((step, ordinal) => new StoredStep(ordinal, step, StepStatus.Pending, [])).ToArray(),
        };
        await _store.SavePlanAsync(stored, cancellationToken);
        return await ExecuteAsync(stored, specs, started, cancellationToken);
    }

    private async Task<(PlanRequest Request, RevisionSpecs Specs)> PrepareAsync(
        string target, string? lastApplied, SyncOptions options, CancellationToken cancellationToken)
    {
        // A last applied commit the cache clone lost (a new data directory, a gc after a force push) counts as none.
        var baseCommit = lastApplied is not null && await _git.CommitExistsAsync(lastApplied, cancellationToken) ? lastApplied : null;
        var rewritten = lastApplied is not null && (baseCommit is null || !await _git.IsAncestorAsync(baseCommit, target, cancellationToken));
        var files = await FilesAtAsync(baseCommit, target, cancellationToken);
        var inventory = await _store.GetInventoryAsync(cancellationToken);
        var dependencies = SpecFileSet.Dependencies(inventory);
        IReadOnlyList<FileChange> changes = baseCommit is null ? [] : GitRepository.Limit(await ChangesAsync(baseCommit, target, cancellationToken), _paths.Pathspecs(dependencies));
        var request = new PlanRequest
        {
            TargetCommit = target,
            BaseCommit = baseCommit,
            Changes = changes,
            TargetFiles = files,
            Inventory = inventory,
            Paths = _paths,
            ConfiguredPrune = Current.Prune,
            RequestedPrune = options.Prune,
            AllowMassPrune = options.AllowMassPrune,
            HistoryRewritten = rewritten,
        };
        var selected = SyncPlanner.SelectSpecs(request);
        var specs = await _loader.LoadAsync(target, selected.Keys.ToArray(), files, cancellationToken);
        _logger.LogDebug("{Changes} watched changes since {LastApplied}, {Specs} specs to load", changes.Count, baseCommit, selected.Count);
        return (request, specs);
    }

    /// <summary>
    /// Every file of <paramref name="target"/>: the files of the commit listed last, changed by the diff from it when it is
    /// <paramref name="baseCommit"/> (a sync of one change then costs the change, not a listing of the repository), else listed.
    /// </summary>
    private async Task<IReadOnlySet<string>> FilesAtAsync(string? baseCommit, string target, CancellationToken cancellationToken)
    {
        if (_listed is { } same && same.Commit == target)
        {
            return same.Files;
        }

        HashSet<string> files;
        if (baseCommit is not null && _listed is { } known && known.Commit == baseCommit)
        {
            files = new HashSet<string>(known.Files, StringComparer.Ordinal);
            foreach (var change in await ChangesAsync(baseCommit, target, cancellationToken))
            {
                if (change.Kind == FileChangeKind.Deleted)
                {
                    files.Remove(change.Path);
                }
                else
                {
                    files.Add(change.Path);
                }
            }
        }
        else
        {
            files = (await _git.ListFilesAsync(target, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        }

        _listed = (target, files);
        return files;
    }

    /// <summary>
    /// Every change from <paramref name="from"/> to <paramref name="to"/>, compared once per pair of commits: with ten
    /// thousand files in a folder, comparing the two trees is a cost of its own (issue 14.5).
    /// </summary>
    private async Task<IReadOnlyList<FileChange>> ChangesAsync(string from, string to, CancellationToken cancellationToken)
    {
        if (_diffed is { } same && same.From == from && same.To == to)
        {
            return same.Changes;
        }

        var changes = await _git.DiffNameStatusAsync(from, to, null, cancellationToken);
        _diffed = (from, to, changes);
        return changes;
    }

    /// <summary>For a dry run: the nodes each step's spec selects now (one tree request per spec).</summary>
    private async Task<Dictionary<string, IReadOnlyList<string>>> ResolveTargetsAsync(SyncPlan plan, RevisionSpecs specs, CancellationToken cancellationToken)
    {
        var loaded = await LoadStepsAsync(plan.Steps, specs, cancellationToken);
        var targets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var step in plan.Steps)
        {
            if (loaded.GetValueOrDefault((step.SpecCommit, step.SpecPath))?.Spec is { } spec)
            {
                targets[step.SpecPath] = await _dispatcher.ResolveTargetsAsync(spec, cancellationToken);
            }
        }

        return targets;
    }

    private async Task<string?> ResolveAsync(string revision, CancellationToken cancellationToken) =>
        revision.Length == 0 || revision[0] == '-' ? null : await _git.RevParseAsync(revision + "^{commit}", cancellationToken);

    private async Task<SyncOutcome> BlockedAsync(SyncOutcome planned, CancellationToken cancellationToken)
    {
        _logger.LogWarning("Sync blocked: {Reason}", planned.Plan.Blocked);
        var history = await _store.GetHistoryAsync(2, cancellationToken);
        var outcome = planned with { State = SyncState.Blocked, Message = planned.Plan.Blocked, EndedAt = _timeProvider.GetUtcNow() };

        // One note per blocked commit, not one per poll while it stays blocked.
        var previous = history.FirstOrDefault(entry => entry.SyncId != planned.SyncId);
        if (previous is null || previous.State != SyncState.Blocked || previous.TargetCommit != planned.TargetCommit)
        {
            await WriteNotesAsync(outcome, cancellationToken);
        }

        await RecordAsync(outcome, cancellationToken);
        return outcome;
    }
}
