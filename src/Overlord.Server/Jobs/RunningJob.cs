namespace Overlord.Server.Jobs;

/// <summary>A registered running job; remembers which cancel job stopped it, if any.</summary>
public sealed class RunningJob : IDisposable
{
    private readonly RunningJobs _owner;
    private readonly CancellationTokenSource _stop;
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

    internal void Cancel(long cancelJobId)
    {
        Interlocked.CompareExchange(ref _cancelledBy, cancelJobId, 0);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job ended between the lookup and the cancel.
        }
    }

    public void Dispose() => _owner.Remove(this);
}
