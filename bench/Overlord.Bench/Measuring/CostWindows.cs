namespace Overlord.Bench.Measuring;

/// <summary>
/// The CPU time some nodes spend per call and per node, window after window of calls from their very first call
/// on: the first windows show the warm-up (JIT, caches), the last ones the steady cost.
/// </summary>
public sealed class CostWindows(int callsPerWindow)
{
    private readonly List<TimeSpan> _perNodePerCall = [];

    public int CallsPerWindow => callsPerWindow;

    /// <summary>Each window's CPU time per node per call, in order.</summary>
    public IReadOnlyList<TimeSpan> PerNodePerCall => _perNodePerCall;

    /// <summary>Calls <paramref name="call"/> <see cref="CallsPerWindow"/> times and records the window's cost.</summary>
    public async Task MeasureAsync(ProcessorWindow processor, int nodes, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(call);
        processor.Start();
        for (var i = 0; i < callsPerWindow; i++)
        {
            await call(cancellationToken);
        }

        _perNodePerCall.Add(processor.PerCall(callsPerWindow) / nodes);
    }

    /// <summary>
    /// The first call after which every window costs at most <paramref name="tolerance"/> times
    /// <paramref name="steady"/>: how many calls a fresh node needs to reach its steady cost (a multiple of the
    /// window; the number of calls made when no window got there).
    /// </summary>
    public int CallsToSteady(TimeSpan steady, double tolerance)
    {
        var settled = _perNodePerCall.Count;
        while (settled > 0 && _perNodePerCall[settled - 1] <= steady * tolerance)
        {
            settled--;
        }

        return settled * callsPerWindow;
    }
}
