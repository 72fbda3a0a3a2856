using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;

namespace Overlord.Agent.Coordination;

/// <summary>
/// Single flight for syncs: one runs at a time. A plain trigger (webhook, schedule, manual without options) that
/// arrives while a plain sync is already waiting folds into it, so a burst of twenty webhooks costs at most two
/// syncs: the running one and one more. Syncs with options (revision, dry run, prune) each run on their own, in
/// order. Nothing here blocks a caller: the sync runs on the coordinator's own worker.
/// </summary>
public sealed class SyncCoordinator : IHostedService, IDisposable
{
    private readonly ISyncRunner _runner;
    private readonly ILogger<SyncCoordinator> _logger;
    private readonly AgentMetrics? _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();
    private readonly List<Queued> _queue = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task? _worker;
    private long _syncsStarted;

    public SyncCoordinator(ISyncRunner runner, ILogger<SyncCoordinator> logger, AgentMetrics? metrics = null, TimeProvider? timeProvider = null)
    {
        _runner = runner;
        _logger = logger;
        _metrics = metrics;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The sync running now, or null.</summary>
    public string? CurrentSyncId { get; private set; }

    /// <summary>Queues a sync, or folds a plain one into the plain sync already waiting.</summary>
    public SyncTicket Enqueue(SyncTrigger trigger, SyncOptions options)
    {
        lock (_lock)
        {
            if (options.IsPlain && _queue.FirstOrDefault(queued => queued.Request.Options.IsPlain) is { } waiting)
            {
                _logger.LogDebug("Trigger {Trigger} folded into the waiting sync {SyncId}", trigger.Text, waiting.Request.SyncId);
                return new SyncTicket(waiting.Request.SyncId, waiting.Completion.Task, Folded: true);
            }

            var request = new SyncRequest(SyncRequest.NewSyncId(), trigger, options);
            var entry = new Queued(request, new TaskCompletionSource<SyncOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
            _queue.Add(entry);
            if (_worker is null)
            {
                _worker = Task.Run(WorkAsync);
            }

            return new SyncTicket(request.SyncId, entry.Completion.Task, Folded: false);
        }
    }

    /// <summary>Queues (or folds) and waits for the end: what the scheduled job does.</summary>
    public async Task<SyncOutcome> RunAsync(SyncTrigger trigger, SyncOptions options, CancellationToken cancellationToken) =>
        await Enqueue(trigger, options).Completion.WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Cancels the running sync (its plan stays persisted and resumes at the next start) and waits for the worker.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        Task? worker;
        lock (_lock)
        {
            worker = _worker;
        }

        if (worker is not null)
        {
            await worker.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task WorkAsync()
    {
        while (true)
        {
            Queued next;
            lock (_lock)
            {
                if (_queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    foreach (var abandoned in _queue)
                    {
                        abandoned.Completion.TrySetCanceled();
                    }

                    _queue.Clear();
                    _worker = null;
                    CurrentSyncId = null;
                    _ = RestAsync(_syncsStarted);
                    return;
                }

                next = _queue[0];
                _queue.RemoveAt(0);
                CurrentSyncId = next.Request.SyncId;
                _syncsStarted++;
            }

            await RunOneAsync(next);
        }
    }

    private async Task RunOneAsync(Queued queued)
    {
        var allocated = SyncMemory.Allocated();
        try
        {
            var outcome = await _runner.RunAsync(queued.Request, _stopping.Token);
            _metrics?.SyncEnded(queued.Request, outcome, _timeProvider.GetUtcNow());
            queued.Completion.TrySetResult(outcome);
            if (SyncMemory.CompactAfter(allocated))
            {
                _logger.LogDebug("Sync {SyncId} allocated more than {Burst} MiB: heap compacted", queued.Request.SyncId, SyncMemory.Burst >> 20);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            _logger.LogInformation("Sync {SyncId} interrupted by shutdown; its plan resumes at the next start", queued.Request.SyncId);
            queued.Completion.TrySetCanceled();
        }
        catch (Exception exception)
        {
            // A bug in one sync must not stop the ones after it.
            _logger.LogError(exception, "Sync {SyncId} failed unexpectedly", queued.Request.SyncId);
            queued.Completion.TrySetException(exception);
        }
    }

    /// <summary>Once no sync started for <see cref="SyncMemory.Rest"/> after the last one, gives back what the syncs left.</summary>
    private async Task RestAsync(long syncsStarted)
    {
        try
        {
            await Task.Delay(SyncMemory.Rest, _timeProvider, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        lock (_lock)
        {
            if (_worker is not null || _syncsStarted != syncsStarted)
            {
                return;
            }
        }

        if (SyncMemory.CompactWhenSlack())
        {
            _logger.LogDebug("At rest after syncs: heap compacted");
        }
    }

    private sealed record Queued(SyncRequest Request, TaskCompletionSource<SyncOutcome> Completion);
}
