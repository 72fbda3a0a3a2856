namespace Overlord.Server.Metrics;

/// <summary>The Prometheus types the node's instruments map to.</summary>
public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}
