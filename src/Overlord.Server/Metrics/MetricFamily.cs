using System.Globalization;

namespace Overlord.Server.Metrics;

/// <summary>One metric and its series: a value per label set, or buckets, sum and count for a histogram.</summary>
public sealed class MetricFamily(string name, string? help, MetricKind kind)
{
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HistogramSeries> _histograms = new(StringComparer.Ordinal);

    public string Name { get; } = name;

    public string? Help { get; } = help;

    public MetricKind Kind { get; } = kind;

    /// <summary>Label set (already formatted, <c>method="GET",route="/v1/ping"</c>) to value.</summary>
    public IReadOnlyDictionary<string, double> Values => _values;

    public IReadOnlyDictionary<string, HistogramSeries> Histograms => _histograms;

    /// <summary>Formats tags as Prometheus labels, sorted by name, values escaped.</summary>
    public static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var pairs = new List<string>(tags.Length);
        foreach (var (key, value) in tags)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
            pairs.Add($"{key}=\"{escaped}\"");
        }

        pairs.Sort(StringComparer.Ordinal);
        return string.Join(',', pairs);
    }

    public void Record(string labels, double value)
    {
        switch (Kind)
        {
            case MetricKind.Counter:
                _values[labels] = _values.GetValueOrDefault(labels) + value;
                break;
            case MetricKind.Gauge:
                _values[labels] = value;
                break;
            default:
                if (!_histograms.TryGetValue(labels, out var series))
                {
                    series = new HistogramSeries(new long[MetricsCollector.Buckets.Length], 0, 0);
                    _histograms[labels] = series;
                }

                var bucket = Array.FindIndex(MetricsCollector.Buckets, bound => value <= bound);
                if (bucket >= 0)
                {
                    series.BucketCounts[bucket]++;
                }

                _histograms[labels] = series with { Sum = series.Sum + value, Count = series.Count + 1 };
                break;
        }
    }

    public MetricFamily Copy()
    {
        var copy = new MetricFamily(Name, Help, Kind);
        foreach (var (labels, value) in _values)
        {
            copy._values[labels] = value;
        }

        foreach (var (labels, series) in _histograms)
        {
            copy._histograms[labels] = series with { BucketCounts = (long[])series.BucketCounts.Clone() };
        }

        return copy;
    }
}
