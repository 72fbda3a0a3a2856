namespace Overlord.Server.Jobs;

/// <summary>A registered running job; remembers which cancel job stopped it, if any, and tells when it has ended.</summary>
public sealed class RunningJob : IDisposable
{
    private readonly RunningJobs _owner;
    private readonly CancellationTokenSource _stop;
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _cancelledBy;

    internal RunningJob(RunningJobs owner, ClaimedJob job, CancellationTokenSource stop)
    {
        _owner = owner;
        _stop = stop;
        Job = job;
    }

    public ClaimedJob Job { get; }

    /// <summary>The id of the cancel job that stopped this one, or null.</summary>
    public long? CancelledBy => Interlocked.Read(ref _cancelledBy) is var id && id != 0 ? id : null;

    /// <summary>Completes when the job has ended (its handle was disposed), so a cancel can wait for it.</summary>
    public Task Ended => _ended.Task;

    /// <summary>
    /// Records that <paramref name="cancelJobId"/> cancels this job, before anything stops it: an up that then ends by
    /// itself (Director exits 0 when stopped before its first service) is still recorded as cancelled.
    /// </summary>
    internal void MarkCancelled(long cancelJobId) => Interlocked.CompareExchange(ref _cancelledBy, cancelJobId, 0);

    /// <summary>Stops the job's tools (SIGTERM, their grace, SIGKILL).</summary>
    internal void Stop()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job ended between the lookup and the cancel.
        }
    }

    public void Dispose()
    {
        _owner.Remove(this);
        _ended.TrySetResult();
    }
}
