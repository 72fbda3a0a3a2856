using System.Diagnostics;

namespace Overlord.Bench.Measuring;

/// <summary>
/// The CPU time some processes spend on a series of calls: what they used from <see cref="Start"/> on, less what
/// they use when left alone for as long (their timers: heartbeats, pollers), measured first by <see cref="MeasureIdleAsync"/>.
/// </summary>
public sealed class ProcessorWindow(Func<TimeSpan> read)
{
    private double _idleShare;
    private long _started;
    private TimeSpan _usedBefore;

    public async Task MeasureIdleAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var (started, before) = (Stopwatch.GetTimestamp(), read());
        await Task.Delay(duration, cancellationToken);
        _idleShare = (read() - before) / Stopwatch.GetElapsedTime(started);
    }

    public void Start() => (_started, _usedBefore) = (Stopwatch.GetTimestamp(), read());

    /// <summary>The CPU time per call since <see cref="Start"/>, idle use taken out.</summary>
    public TimeSpan PerCall(int calls)
    {
        var busy = read() - _usedBefore - (Stopwatch.GetElapsedTime(_started) * _idleShare);
        return busy > TimeSpan.Zero ? busy / calls : TimeSpan.Zero;
    }
}
