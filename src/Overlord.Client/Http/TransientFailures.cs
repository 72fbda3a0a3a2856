using Polly;

namespace Overlord.Client.Http;

/// <summary>
/// What the retry pipeline retries: network errors, attempt timeouts (unless the call said no, see
/// <see cref="NoTimeoutRetries"/>), and 429/502/503/504.
/// </summary>
internal static class TransientFailures
{
    /// <summary>Set on a call's resilience context when an attempt that timed out must not be tried again.</summary>
    public static readonly ResiliencePropertyKey<bool> NoTimeoutRetries = new("overlord.no-timeout-retries");

    private static readonly HashSet<int> RetriedStatuses = [429, 502, 503, 504];

    public static async ValueTask<bool> IsTransientAsync(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Exception is TimeoutException)
        {
            return !context.Properties.GetValue(NoTimeoutRetries, false);
        }

        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException;
        }

        var cancellationToken = context.CancellationToken;

        if (outcome.Result is not { } response || !RetriedStatuses.Contains((int)response.StatusCode))
        {
            return false;
        }

        // A chain error envelope means a hop further down already failed after its own retries; retrying
        // here too would multiply attempts at every level of the tree (reference §13.3).
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return ErrorBodies.TryReadEnvelope(body) is null;
    }
}
