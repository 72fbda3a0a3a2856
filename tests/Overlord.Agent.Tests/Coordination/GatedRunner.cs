using System.Collections.Concurrent;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;

namespace Overlord.Agent.Tests.Coordination;

/// <summary>A sync runner that counts its runs and holds each one until the test opens the gate.</summary>
internal sealed class GatedRunner : ISyncRunner, IDisposable
{
    private readonly SemaphoreSlim _gate = new(0);
    private int _running;

    public ConcurrentQueue<SyncRequest> Runs { get; } = new();

    public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The most runs that were inside <see cref="RunAsync"/> at the same time.</summary>
    public int MaxConcurrent { get; private set; }

    public void Release(int count = 1) => _gate.Release(count);

    public void Dispose() => _gate.Dispose();

    public async Task<SyncOutcome> RunAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        Runs.Enqueue(request);
        MaxConcurrent = Math.Max(MaxConcurrent, Interlocked.Increment(ref _running));
        FirstStarted.TrySetResult();
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }

        return new SyncOutcome { SyncId = request.SyncId, Trigger = request.Trigger, State = SyncState.Succeeded };
    }
}
