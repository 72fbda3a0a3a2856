namespace Overlord.Client.Http;

/// <summary>
/// Retries of idempotent requests (HEAD, GET, PUT, DELETE, OPTIONS; never POST), with the original's
/// defaults for chains: 6 retries, delay min(<see cref="MaxBackoffWait"/>, factor·2^n) scaled by a jitter
/// drawn from [1−<see cref="BackoffJitter"/>, 1], or the server's <c>Retry-After</c> when it sends one.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>No retries: the original CLI's datacenter client.</summary>
    public static RetryOptions None { get; } = new() { Total = 0 };

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int Total { get; init; } = 6;

    public double BackoffFactor { get; init; } = 0.2;

    public TimeSpan MaxBackoffWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>0 = no jitter, 1 = a delay anywhere between 0 and the full backoff.</summary>
    public double BackoffJitter { get; init; } = 1.0;

    /// <summary>Wait what the server's <c>Retry-After</c> asks (capped at <see cref="MaxBackoffWait"/>).</summary>
    public bool RespectRetryAfter { get; init; } = true;
}
