using System.Diagnostics.Metrics;

namespace Overlord.Server.Metrics;

/// <summary>
/// Listens to one node's meter and keeps what <c>/metrics</c> prints: counter sums, the latest gauge values
/// and histogram buckets, per metric and label set; <see cref="PrometheusText"/> writes the text format.
/// </summary>
/// <remarks>
/// Kept rather than prometheus-net 8.2.1, now served, because: the instruments are
/// <see cref="System.Diagnostics.Metrics"/>, which an OpenTelemetry exporter can read later without touching
/// them; prometheus-net's own metrics live in a process-wide static registry, while each node (several run in
/// one test process) must print only its own meter; its Meter adapter exports every meter in the process
/// (ASP.NET Core's, the runtime's) and names them by its own rules, not the <c>overlord_*</c> names the tests
/// and dashboards pin; and this listener, its families and the writer are about 200 lines with no dependency.
/// </remarks>
public sealed class MetricsCollector : IDisposable
{
    /// <summary>Upper bounds (seconds) of the latency histogram's buckets.</summary>
    public static readonly double[] Buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, MetricFamily> _families = new(StringComparer.Ordinal);

    /// <param name="metrics">The node's own instruments.</param>
    /// <param name="meters">Meters of parts the node hosts (the GitOps agent's), registered as services.</param>
    public MetricsCollector(NodeMetrics metrics, IEnumerable<Meter> meters)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var listened = new HashSet<Meter>((meters ?? []).Append(metrics.Meter), ReferenceEqualityComparer.Instance);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (listened.Contains(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every metric now, gauges freshly observed.</summary>
    public IReadOnlyList<MetricFamily> Snapshot()
    {
        _listener.RecordObservableInstruments();
        lock (_lock)
        {
            return _families.Values.Select(family => family.Copy()).OrderBy(family => family.Name, StringComparer.Ordinal).ToList();
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = MetricFamily.Labels(tags);
        lock (_lock)
        {
            if (!_families.TryGetValue(instrument.Name, out var family))
            {
                family = new MetricFamily(instrument.Name, instrument.Description, KindOf(instrument));
                _families[instrument.Name] = family;
            }

            family.Record(labels, value);
        }
    }

    private static MetricKind KindOf(Instrument instrument) => instrument switch
    {
        Histogram<double> => MetricKind.Histogram,
        Counter<long> or Counter<double> => MetricKind.Counter,
        _ => MetricKind.Gauge,
    };
}
