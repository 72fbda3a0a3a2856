using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Server.Integrations;

namespace Overlord.Server.Jobs;

/// <summary>
/// Runs one claimed job against the runtime and records the project's status (reference 8).
/// Unlike the original, a job never leaves a status stuck at RUNNING: an exception, the
/// <c>execution_time</c> limit or a cancel all end in FAILED with a message.
/// </summary>
/// <remarks>
/// The original drops an up/down silently when Director shows the project UNFINISHED or DESTROYING and
/// locked, because its jobs of one project could run at the same time. Ours cannot (the queue runs one
/// job per project), so a locked project here means a Director run outside Overlord, or a lock file left
/// by a Director that died with a killed node. Neither is a reason to lose the job: it runs, Director
/// refuses a locked project itself, and the refusal is recorded in the status where the operator sees it.
/// </remarks>
public sealed partial class ProjectJobExecutor(
    IRuntime runtime,
    ProjectStatusStore statuses,
    JobLog log,
    FreePortReserver ports,
    SpecialLabelsRunner specialLabels,
    RunningJobs running,
    VmStatusStore vmStatuses,
    JobOptions options,
    TimeProvider timeProvider,
    ILogger<ProjectJobExecutor> logger)
{
    /// <summary>
    /// Runs the job to its outcome. Throws <see cref="OperationCanceledException"/> only when
    /// <paramref name="cancellationToken"/> (the node stopping) interrupted it, so the job can be queued again.
    /// </summary>
    public async Task<JobOutcome> ExecuteAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        using var limit = options.ExecutionTime is { } executionTime
            ? new CancellationTokenSource(executionTime, timeProvider)
            : new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        using var registration = job.Kind == JobKind.Cancel ? null : running.Register(job, stop);
        logger.LogInformation("Job {JobId} ({Kind} of {Project}) started, attempt {Attempt}", job.Id, job.Kind, job.Project, job.Attempt);
        try
        {
            var outcome = job.Payload switch
            {
                UpJobPayload up => await UpAsync(job, up, stop.Token),
                DownJobPayload down => await DownAsync(job, down, stop.Token),
                VmJobPayload vm => await VmAsync(job, vm, stop.Token),
                _ => await CancelAsync(job, stop.Token),
            };
            logger.LogInformation("Job {JobId} ({Kind} of {Project}) ended {State}: {Message}", job.Id, job.Kind, job.Project, outcome.State, outcome.Message);
            return outcome;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested
            && (registration?.CancelledBy is not null || limit.IsCancellationRequested))
        {
            var outcome = registration?.CancelledBy is { } cancelJob
                ? JobOutcome.Cancelled($"cancelled by job {cancelJob}")
                : JobOutcome.Failed($"execution_time of {options.ExecutionTime?.TotalSeconds} seconds reached; the job was stopped");
            logger.LogWarning("Job {JobId} ({Kind} of {Project}) stopped: {Message}", job.Id, job.Kind, job.Project, outcome.Message);
            await RecordFailureAsync(job, new StatusFailure(outcome.Message!, null));
            return outcome;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Job {JobId} ({Kind} of {Project}) failed", job.Id, job.Kind, job.Project);
            var error = ErrorInfo.From(exception);
            await RecordFailureAsync(job, new StatusFailure(null, error));
            return JobOutcome.Failed($"{error.Type}: {error.Message}");
        }
    }

    private async Task<JobOutcome> CancelAsync(ClaimedJob job, CancellationToken cancellationToken)
    {
        // Marked before anything stops it, so the up is recorded cancelled however Director then exits. Director's
        // own cancel first: it SIGTERMs its up, which cleans up and unlocks. Then our token, which also covers the
        // time before Director started and runtimes without a cancel of their own (SIGTERM, stop_grace, SIGKILL).
        var target = running.MarkCancelled(job.Project, job.Id);
        var result = await runtime.CancelAsync(job.Project, cancellationToken);
        var message = target is null ? "no up of this project was running" : await StopAndWaitAsync(target, cancellationToken);
        await LogAsync(job, $"runtime cancel exited {result.ExitCode}; {message}", cancellationToken);
        return JobOutcome.Completed(message);
    }

    /// <summary>Stops the cancelled up and waits, within its tools' grace, until it has ended and recorded its end.</summary>
    private async Task<string> StopAndWaitAsync(RunningJob target, CancellationToken cancellationToken)
    {
        target.Stop();
        var patience = options.StopGrace + CancelMargin;
        try
        {
            await target.Ended.WaitAsync(patience, timeProvider, cancellationToken);
            return $"cancelled job {target.Job.Id}";
        }
        catch (TimeoutException)
        {
            return $"cancelled job {target.Job.Id}; it had not ended after {patience.TotalSeconds} seconds";
        }
    }

    /// <summary>Writes the FAILED status (no status for cancel jobs, as the original) and the log line; never cancelled.</summary>
    private async Task RecordFailureAsync(ClaimedJob job, StatusFailure failure)
    {
        var line = failure.Message ?? $"{failure.Exception!.Type}: {failure.Exception.Message}";
        await log.AppendAsync(job.Id, line, CancellationToken.None);
        if (job.Kind == JobKind.Cancel)
        {
            return;
        }

        if (job.Kind == JobKind.Vm)
        {
            var vmStatus = new VmStatusRecord(VmOperation.Failed, failure.Message, timeProvider.GetUtcNow(), job.Id, failure.Exception);
            await vmStatuses.SetAsync(job.Project, vmStatus, CancellationToken.None);
            return;
        }

        var action = job.Kind == JobKind.Up ? ProjectAction.Up : ProjectAction.Down;
        var status = new ProjectOperationStatus(
            ProjectOperation.Failed, null, timeProvider.GetUtcNow(), job.Id, Message: failure.Message, Exception: failure.Exception);
        await statuses.SetAsync(job.Project, action, status, CancellationToken.None);
    }

    private Task LogAsync(ClaimedJob job, string line, CancellationToken cancellationToken) =>
        log.AppendAsync(job.Id, line, cancellationToken);

    private Task SetStatusAsync(ClaimedJob job, ProjectAction action, ProjectOperationStatus status, CancellationToken cancellationToken) =>
        statuses.SetAsync(job.Project, action, status, cancellationToken);

    /// <summary>Beyond the tools' grace, for the runtime to kill what is left and the job to record its end.</summary>
    private static readonly TimeSpan CancelMargin = TimeSpan.FromSeconds(10);

    private sealed record StatusFailure(string? Message, ErrorInfo? Exception);
}
