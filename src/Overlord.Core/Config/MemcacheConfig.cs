namespace Overlord.Core.Config;

/// <summary>
/// <c>memcache</c>: accepted so that an original <c>overlord.yml</c> loads, and printed, but unused:
/// this Overlord keeps its state in SQLite. Times are whole seconds, as written.
/// </summary>
public sealed record MemcacheConfig
{
    public const string SectionName = "memcache";

    public IReadOnlyList<string> Connections { get; init; } = ["127.0.0.1"];

    public int? MaxPoolSize { get; init; }

    /// <summary>The documented default, 0; the original's getter returned <c>retry_attempts</c> (2) instead (reference 13.10).</summary>
    public int PoolIdleTimeout { get; init; }

    public int RetryAttempts { get; init; } = 2;

    public int RetryTimeout { get; init; } = 1;

    public int DeadTimeout { get; init; } = 60;

    public int ConnectTimeout { get; init; } = 5;

    public int Timeout { get; init; } = 8;

    public bool NoDelay { get; init; } = true;
}
