using Microsoft.Extensions.Logging;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Sync;

public sealed partial class SyncEngine
{
    /// <summary>
    /// Dispatches a persisted plan phase by phase (metadata, workloads, deletions), following each phase's jobs before
    /// the next phase starts, then completes it. Each step's answer is persisted as soon as it arrives.
    /// </summary>
    private async Task<SyncOutcome> ExecuteAsync(StoredPlan plan, RevisionSpecs? loadedAtTarget, DateTimeOffset started, CancellationToken cancellationToken)
    {
        using var scope = _logger.BeginScope(new Dictionary<string, object?> { ["Revision"] = plan.TargetCommit });
        _logger.LogInformation("Dispatching {Steps} steps for {Revision} ({Trigger})", plan.Steps.Count, plan.TargetCommit, plan.Trigger.Text);
        await PostStatusesAsync(plan.TargetCommit, plan.Steps, cancellationToken);
        var specs = await LoadForDispatchAsync(plan, loadedAtTarget, cancellationToken);
        var steps = plan.Steps.ToList();
        using var answers = new StepAnswerWriter(_store, plan.SyncId);
        foreach (var phase in steps.Select(step => step.Step.Phase).Distinct().Order().ToList())
        {
            // Within a phase, destroys of workloads are sent before those of the metadata they may read.
            foreach (var wave in steps.Where(step => step.Step.Phase == phase).Select(WaveOf).Distinct().Order().ToList())
            {
                var pending = Enumerable.Range(0, steps.Count)
                    .Where(i => steps[i].Step.Phase == phase && WaveOf(steps[i]) == wave && steps[i].Status == StepStatus.Pending)
                    .ToList();
                await DispatchAllAsync(steps, pending, specs, answers, cancellationToken);
            }

            for (var i = 0; i < steps.Count; i++)
            {
                if (steps[i].Step.Phase == phase && steps[i].Status == StepStatus.Dispatched)
                {
                    steps[i] = await FollowStepAsync(plan.SyncId, steps[i], cancellationToken);
                }
            }
        }

        return await CompleteAsync(plan, steps, started, cancellationToken);
    }

    /// <summary>The order of sending inside a phase: destroys of metadata after every other step of the phase.</summary>
    private static int WaveOf(StoredStep stored) =>
        stored.Step.Phase == SyncPhase.Deletions && stored.Step.Kind == SpecKind.Metadata ? 1 : 0;

    /// <summary>
    /// Sends the steps at <paramref name="indexes"/> (in plan order), at most <see cref="SyncEngineOptions.DispatchConcurrency"/>
    /// at once, each answer persisted as it arrives; returns when all were answered and persisted, or throws once every
    /// started one ended.
    /// </summary>
    private async Task DispatchAllAsync(
        List<StoredStep> steps, IReadOnlyList<int> indexes, IReadOnlyDictionary<(string, string), LoadedForDispatch> specs, StepAnswerWriter answers,
        CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, _options.DispatchConcurrency));
        var sent = indexes.Select(async index =>
        {
            StoredStep step;
            await gate.WaitAsync(cancellationToken);
            try
            {
                step = await DispatchStepAsync(answers.SyncId, steps[index], specs, cancellationToken);
            }
            finally
            {
                gate.Release();
            }

            // The place is free once the node answered: the next step is sent while this answer waits for its group
            // commit (an fsync), instead of every place waiting for the disk (issue 14.5). A crash before the commit
            // sends the step again when the plan resumes, as a crash just after the answer always did.
            await answers.WriteAsync(new StepAnswer(step.Ordinal, step.Status, step.Targets, step.Error), cancellationToken);
            return (Index: index, Step: step);
        }).ToList();
        try
        {
            await Task.WhenAll(sent);
        }
        finally
        {
            foreach (var task in sent.Where(task => task.IsCompletedSuccessfully))
            {
                steps[task.Result.Index] = task.Result.Step;
            }
        }
    }

    /// <summary>Sends one step and logs its answer; the caller persists it.</summary>
    private async Task<StoredStep> DispatchStepAsync(
        string syncId, StoredStep stored, IReadOnlyDictionary<(string, string), LoadedForDispatch> specs, CancellationToken cancellationToken)
    {
        var step = stored.Step;
        string? error = null;
        IReadOnlyList<TargetResult> targets = [];
        if (step.Action == StepAction.Invalid)
        {
            error = string.Join("\n", step.Errors);
        }
        else if (specs.GetValueOrDefault((step.SpecCommit, step.SpecPath)) is not { Spec: { } spec })
        {
            var messages = specs.GetValueOrDefault((step.SpecCommit, step.SpecPath))?.Errors ?? [$"{step.SpecPath}: not found at {step.SpecCommit}"];
            error = string.Join("\n", messages);
        }
        else
        {
            var dispatch = new SpecDispatch(syncId, step.SpecPath, step.Action, spec) { Targets = step.Targets, AnyLabels = step.AnyLabels };
            var result = await _dispatcher.DispatchAsync(dispatch, cancellationToken);
            (targets, error) = (result.Targets, result.Error);
        }

        var status = error is not null ? StepStatus.Failed : targets.All(target => target.IsFinal) ? FinalStatus(targets) : StepStatus.Dispatched;
        if (step.Action == StepAction.Invalid)
        {
            _logger.LogError("{Spec} is invalid: {Error}", step.SpecPath, error);
        }
        else if (error is not null)
        {
            _logger.LogError("{Spec}: {Action} failed: {Error}", step.SpecPath, step.Action, error);
        }
        else
        {
            _logger.LogInformation("{Spec}: {Action} sent to {Targets} nodes", step.SpecPath, step.Action, targets.Count);
        }

        return stored with { Status = status, Targets = targets, Error = error };
    }

    private async Task<StoredStep> FollowStepAsync(string syncId, StoredStep stored, CancellationToken cancellationToken)
    {
        var step = stored.Step;
        var followUp = new JobFollowUp(step.SpecPath, step.Kind ?? SpecKind.DirectorProject, step.Name, step.Action, stored.Targets);
        var targets = await _dispatcher.WaitAsync(followUp, _options.JobTimeout, cancellationToken);
        var status = FinalStatus(targets);
        foreach (var target in targets.Where(target => target.State != TargetState.Succeeded))
        {
            _logger.LogError("{Spec}: job {JobId} on {ChainPath} ended {State}: {Error}", step.SpecPath, target.JobId, target.Chain, target.StateText, target.Error);
        }

        await _store.UpdateStepAsync(syncId, stored.Ordinal, status, targets, null, cancellationToken);
        return stored with { Status = status, Targets = targets };
    }

    private static StepStatus FinalStatus(IReadOnlyList<TargetResult> targets) =>
        targets.All(target => target.State == TargetState.Succeeded) ? StepStatus.Succeeded : StepStatus.Failed;

    /// <summary>Loads the specs of the steps still to send, per commit they are read from (one batched read each).</summary>
    private Task<Dictionary<(string, string), LoadedForDispatch>> LoadForDispatchAsync(StoredPlan plan, RevisionSpecs? loadedAtTarget, CancellationToken cancellationToken) =>
        LoadStepsAsync(plan.Steps.Where(step => step.Status == StepStatus.Pending).Select(step => step.Step), loadedAtTarget, cancellationToken);

    private async Task<Dictionary<(string, string), LoadedForDispatch>> LoadStepsAsync(
        IEnumerable<PlannedStep> steps, RevisionSpecs? loadedAtTarget, CancellationToken cancellationToken)
    {
        var specs = new Dictionary<(string, string), LoadedForDispatch>();
        var pending = steps.Where(step => step.Action != StepAction.Invalid);
        foreach (var group in pending.GroupBy(step => step.SpecCommit, StringComparer.Ordinal))
        {
            var paths = group.Select(step => step.SpecPath).Distinct(StringComparer.Ordinal).ToList();
            var loaded = loadedAtTarget is not null && loadedAtTarget.Commit == group.Key && paths.All(path => loadedAtTarget.Specs.ContainsKey(path))
                ? loadedAtTarget
                : await LoadAtAsync(group.Key, paths, cancellationToken);
            var byPath = loaded.Loaded.DistinctBy(spec => spec.Path, StringComparer.Ordinal).ToDictionary(spec => spec.Path, StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var errors = byPath.GetValueOrDefault(path)?.Errors ?? [$"{path}: cannot be read at {group.Key}"];
                specs[(group.Key, path)] = new LoadedForDispatch(loaded.Specs.GetValueOrDefault(path), errors);
            }
        }

        return specs;
    }

    private async Task<RevisionSpecs> LoadAtAsync(string commit, IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (!await _git.CommitExistsAsync(commit, cancellationToken))
        {
            var missing = paths.Select(path => LoadedSpec.Failed(path, [$"{path}: commit {commit} is no longer in the repository"])).ToArray();
            return new RevisionSpecs(commit, missing, new Dictionary<string, Spec>());
        }

        var files = (await _git.ListFilesAsync(commit, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return await _loader.LoadAsync(commit, paths, files, cancellationToken);
    }

    private sealed record LoadedForDispatch(Spec? Spec, IReadOnlyList<string> Errors);
}
