namespace Overlord.Server.Metrics;

/// <summary>Per-bucket (not cumulative) counts, with the sum and count of every observation.</summary>
public sealed record HistogramSeries(long[] BucketCounts, double Sum, long Count);
