namespace Overlord.Core.Config;

/// <summary><c>chains.&lt;name&gt;.retry</c>: retries of idempotent requests to a child (reference section 4).</summary>
public sealed record RetryPolicyConfig
{
    public const string SectionName = "retry";

    /// <summary>Most attempts after the first.</summary>
    public int Total { get; init; } = 6;

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoffWait { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait before attempt n is about factor x 2^n seconds.</summary>
    public double BackoffFactor { get; init; } = 0.2;

    public bool RespectRetryAfterHeader { get; init; } = true;

    /// <summary>How much of the wait is random (0: none, 1: all of it).</summary>
    public double BackoffJitter { get; init; } = 1.0;
}
