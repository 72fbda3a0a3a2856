namespace Overlord.Server.Autoscale;

/// <summary>A metric of a frontend or backend: its value and its nature (<c>Counter</c>, <c>Max</c>, <c>Gauge</c>, ...).</summary>
internal sealed record HaproxyMetric(HaproxyValue Value, string Nature);
