using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>
/// Claims and runs jobs: up to <see cref="JobOptions.MaxConcurrentJobs"/> up/down jobs of different
/// projects at once, plus any cancel job at once (a cancel must not wait behind the job it cancels).
/// Woken by the queue's signal on enqueue and whenever a job ends; polls as a fallback. On start it
/// queues again what a dead node left running; on stop it interrupts running jobs and gives them back
/// to the queue, so the next start runs them again.
/// </summary>
public sealed class JobWorker(JobQueue queue, ProjectJobExecutor executor, JobOptions options, ILogger<JobWorker> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private int _runningWork;

    /// <summary>Identifies this process's claims; a claim by another owner is never completed by this one.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var requeued = await queue.RequeueAbandonedAsync(options.MaxAttempts, stoppingToken);
        if (requeued > 0)
        {
            logger.LogWarning("Queued again {Count} jobs left running by a node that stopped", requeued);
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await StartClaimableAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // The database may be briefly unusable (disk full, locked too long): try again at the next wake-up.
                    logger.LogError(exception, "Claiming jobs failed");
                }

                await queue.Signal.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Job worker stopping with {Count} jobs running", _running.Count);
        }

        await Task.WhenAll(_running.Values);
    }

    private async Task StartClaimableAsync(CancellationToken stoppingToken)
    {
        foreach (var (id, task) in _running)
        {
            if (task.IsCompleted)
            {
                _running.TryRemove(id, out _);
            }
        }

        while (await queue.TryClaimAsync(Owner, cancelOnly: true, stoppingToken) is { } cancel)
        {
            Start(cancel, stoppingToken);
        }

        while (Volatile.Read(ref _runningWork) < options.MaxConcurrentJobs
            && await queue.TryClaimAsync(Owner, cancelOnly: false, stoppingToken) is { } work)
        {
            Interlocked.Increment(ref _runningWork);
            Start(work, stoppingToken);
        }
    }

    private void Start(ClaimedJob job, CancellationToken stoppingToken) =>
        _running[job.Id] = Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None);

    private async Task RunAsync(ClaimedJob job, CancellationToken stoppingToken)
    {
        try
        {
            await RunAndRecordAsync(job, stoppingToken);
        }
        catch (Exception exception)
        {
            // The database refused the result: the row stays running and the next start runs the job again.
            logger.LogError(exception, "Job {JobId} could not be recorded", job.Id);
        }
        finally
        {
            if (job.Kind != JobKind.Cancel)
            {
                Interlocked.Decrement(ref _runningWork);
            }

            queue.Signal.Set();
        }
    }

    private async Task RunAndRecordAsync(ClaimedJob job, CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await executor.ExecuteAsync(job, stoppingToken);
            if (!await queue.CompleteAsync(job, outcome, CancellationToken.None))
            {
                logger.LogWarning("Job {JobId} was claimed again elsewhere; its result here is dropped", job.Id);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await queue.ReleaseAsync(job, CancellationToken.None);
            logger.LogInformation("Job {JobId} interrupted by shutdown; queued again", job.Id);
        }
        catch (Exception exception)
        {
            // A bug in the executor: record it and keep the worker alive.
            logger.LogError(exception, "Job {JobId} crashed", job.Id);
            await queue.CompleteAsync(job, JobOutcome.Failed($"{exception.GetType().Name}: {exception.Message}"), CancellationToken.None);
        }
    }
}
