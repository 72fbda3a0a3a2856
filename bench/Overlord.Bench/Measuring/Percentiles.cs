namespace Overlord.Bench.Measuring;

/// <summary>Nearest-rank percentiles: the smallest sample with at least p% of the samples at or below it.</summary>
public static class Percentiles
{
    public static double NearestRank(IReadOnlyCollection<double> samples, double percent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("no samples", nameof(samples));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
