namespace Overlord.Client.Http;

/// <summary>The wait before a retry, as httpx-retries computed it for the original.</summary>
public static class RetryDelays
{
    /// <summary>
    /// The server's <c>Retry-After</c> (delta or date) when honoured, else
    /// min(max, factor·2^<paramref name="attempt"/>) scaled by a factor drawn from [1−jitter, 1] with
    /// <paramref name="random"/> in [0, 1). Never negative, never above <see cref="RetryOptions.MaxBackoffWait"/>.
    /// </summary>
    public static TimeSpan Next(RetryOptions retry, int attempt, HttpResponseMessage? response, DateTimeOffset now, double random)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var max = retry.MaxBackoffWait > TimeSpan.Zero ? retry.MaxBackoffWait : TimeSpan.Zero;

        if (retry.RespectRetryAfter && response?.Headers.RetryAfter is { } retryAfter)
        {
            var wait = retryAfter.Delta ?? retryAfter.Date - now;
            if (wait is { } asked)
            {
                return Clamp(asked, max);
            }
        }

        var backoff = retry.BackoffFactor * Math.Pow(2, Math.Max(0, attempt));
        var capped = Math.Min(backoff, max.TotalSeconds);
        var jitter = Math.Clamp(retry.BackoffJitter, 0, 1);
        var scale = 1 - jitter + (jitter * Math.Clamp(random, 0, 1));
        return Clamp(TimeSpan.FromSeconds(capped * scale), max);
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan max) =>
        value < TimeSpan.Zero ? TimeSpan.Zero : value > max ? max : value;
}
