using Overlord.Agent.Store;

namespace Overlord.Agent.Sync;

/// <summary>
/// Persists the answers of steps sent at once as each arrives: the answers that arrive while one transaction is on disk
/// go together in the next (a group commit), so a thousand steps cost far fewer than a thousand synchronous writes, and
/// no step is reported persisted before it is.
/// </summary>
internal sealed class StepAnswerWriter(AgentStore store, string syncId) : IDisposable
{
    private readonly Lock _queueLock = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private List<(StepAnswer Answer, TaskCompletionSource Written)> _queued = [];

    public string SyncId => syncId;

    /// <summary>Returns once <paramref name="answer"/> is in agent.db, alone or with others.</summary>
    public async Task WriteAsync(StepAnswer answer, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_queueLock)
        {
            _queued.Add((answer, written));
        }

        await _writing.WaitAsync(cancellationToken);
        try
        {
            List<(StepAnswer Answer, TaskCompletionSource Written)> batch;
            lock (_queueLock)
            {
                (batch, _queued) = (_queued, []);
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch, cancellationToken);
            }
        }
        finally
        {
            _writing.Release();
        }

        await written.Task;
    }

    public void Dispose() => _writing.Dispose();

    private async Task WriteBatchAsync(List<(StepAnswer Answer, TaskCompletionSource Written)> batch, CancellationToken cancellationToken)
    {
        try
        {
            await store.UpdateStepsAsync(syncId, batch.Select(entry => entry.Answer).ToList(), cancellationToken);
        }
        catch (Exception exception)
        {
            foreach (var (_, written) in batch)
            {
                written.TrySetException(exception);
            }

            return;
        }

        foreach (var (_, written) in batch)
        {
            written.TrySetResult();
        }
    }
}
