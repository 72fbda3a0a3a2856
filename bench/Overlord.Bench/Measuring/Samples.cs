using System.Diagnostics;

namespace Overlord.Bench.Measuring;

/// <summary>The durations of repeated runs of one measurement, in milliseconds.</summary>
public sealed class Samples
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public double Median => Percentile(50);

    public double Percentile(double percent) => Percentiles.NearestRank(_milliseconds, percent);

    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);

    /// <summary>
    /// Runs <paramref name="action"/> up to <paramref name="count"/> times, one after the other, timing each run;
    /// fewer when the <paramref name="budget"/> is spent (see <see cref="RepeatBudget"/>).
    /// </summary>
    public static async Task<Samples> TimeAsync(int count, RepeatBudget budget, Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(action);
        var samples = new Samples();
        for (var i = 0; i < count && budget.AllowsAnother(samples.Count); i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action(cancellationToken);
            samples.Add(Stopwatch.GetElapsedTime(started));
        }

        return samples;
    }

    /// <summary>
    /// Runs <paramref name="first"/> and <paramref name="second"/> by turns, each timing itself, up to
    /// <paramref name="count"/> pairs: both see the same machine, call after call.
    /// </summary>
    public static async Task<(Samples First, Samples Second)> TimePairsAsync(
        int count, RepeatBudget budget, Func<CancellationToken, Task<TimeSpan>> first, Func<CancellationToken, Task<TimeSpan>> second, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var (firsts, seconds) = (new Samples(), new Samples());
        for (var i = 0; i < count && budget.AllowsAnother(firsts.Count); i++)
        {
            firsts.Add(await first(cancellationToken));
            seconds.Add(await second(cancellationToken));
        }

        return (firsts, seconds);
    }
}
