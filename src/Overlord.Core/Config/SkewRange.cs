namespace Overlord.Core.Config;

/// <summary><c>polling.skew</c>: a random whole number of seconds in [Min, Max] is added to every poller's sleep.</summary>
public sealed record SkewRange(TimeSpan Min, TimeSpan Max);
