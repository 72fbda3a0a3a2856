using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Overlord.Client.Http;
using Overlord.Core.Chains;
using Polly;

namespace Overlord.Client;

/// <summary>Sending: URL, headers, timeouts and retries; transport failures become values here.</summary>
public sealed partial class OverlordClient
{
    private async Task<Exchange> ExchangeAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var total = HttpClientFactory.Limit(_options.Timeout);
        using var callCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (total != Timeout.InfiniteTimeSpan)
        {
            callCts.CancelAfter(total);
        }

        var attempts = new AttemptCount();
        try
        {
            using var response = call.IsIdempotent && _options.Retry.Total > 0
                ? await SendWithRetriesAsync(call, started, attempts, callCts.Token)
                : await SendOnceAsync(call, started, attempts, callCts.Token);
            var body = await response.Content.ReadAsByteArrayAsync(callCts.Token);
            return Exchange.FromAnswer((int)response.StatusCode, response.ReasonPhrase, response.Content.Headers.ContentType?.ToString(), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Exchange.FromFailure(
                ApiFailure.Timeout, $"no answer from {Where} within {Seconds(total)}, the limit of the whole call{Tries(attempts.Value)}.", wholeCallTimedOut: true);
        }
        catch (TimeoutException)
        {
            var limit = HttpClientFactory.Limit(_options.ReadTimeout) == Timeout.InfiniteTimeSpan ? "the HttpClient's timeout" : Seconds(_options.ReadTimeout);
            return Exchange.FromFailure(ApiFailure.Timeout, $"no answer from {Where} within {limit}{Tries(attempts.Value)}.");
        }
        catch (HttpRequestException ex)
        {
            var detail = ex.InnerException is { } inner && inner.Message != ex.Message ? $"{ex.Message} {inner.Message}" : ex.Message;
            return Exchange.FromFailure(ApiFailure.Network, $"cannot reach {Where}: {detail}{Tries(attempts.Value)}");
        }
    }

    // A call without retries (the CLI's, every POST) sends its one attempt itself: Polly's assemblies and generic
    // types stay unloaded on a short command's start, where its empty pipeline would only have run this attempt.
    private async Task<HttpResponseMessage> SendOnceAsync(ApiCall call, long started, AttemptCount attempts, CancellationToken cancellationToken)
    {
        attempts.Value++;
        return await SendAttemptAsync(call, started, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(ApiCall call, long started, AttemptCount attempts, CancellationToken cancellationToken)
    {
        var pipeline = ClientPipelines.For(_options.Retry, _options.TimeProvider);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(TransientFailures.NoTimeoutRetries, !call.RetriesTimeouts);
        try
        {
            return await pipeline.ExecuteAsync(
                async attemptContext =>
                {
                    attempts.Value++;
                    return await SendAttemptAsync(call, started, attemptContext.CancellationToken);
                },
                context);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<HttpResponseMessage> SendAttemptAsync(ApiCall call, long started, CancellationToken cancellationToken)
    {
        var read = HttpClientFactory.Limit(_options.ReadTimeout);
        using var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (read != Timeout.InfiniteTimeSpan)
        {
            attemptCts.CancelAfter(read);
        }

        using var request = BuildRequest(call, Remaining(call, started));
        try
        {
            // ResponseContentRead: the whole body arrives within this attempt's time, or the attempt times out.
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attemptCts.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("the attempt timed out.", ex);
        }
    }

    private HttpRequestMessage BuildRequest(ApiCall call, TimeSpan? remaining)
    {
        var prefix = Chain is null ? "v1/" : $"v1/chain/{Chain}/";
        var request = new HttpRequestMessage(call.Method, new Uri(_baseUri, prefix + call.Route));
        var token = _token.Reveal();
        request.Headers.TryAddWithoutValidation(OverlordHeaders.Authentication, "Bearer " + token);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (remaining is { } left)
        {
            var milliseconds = (long)Math.Ceiling(left.TotalMilliseconds);
            request.Headers.TryAddWithoutValidation(OverlordHeaders.Deadline, milliseconds.ToString(CultureInfo.InvariantCulture));
        }

        if (call.Visited.Count > 0)
        {
            request.Headers.TryAddWithoutValidation(OverlordHeaders.Visited, string.Join(',', call.Visited));
        }

        if (call.Scope is { } scope)
        {
            request.Headers.TryAddWithoutValidation(OverlordHeaders.Scope, scope);
        }

        if (call.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = call.ContentType is { } type && MediaTypeHeaderValue.TryParse(type, out var parsed) ? parsed : null;
        }

        return request;
    }

    /// <summary>The time this attempt may still take: the least of the attempt limit, the call limit and the caller's deadline.</summary>
    private TimeSpan? Remaining(ApiCall call, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        TimeSpan? left = null;
        var read = HttpClientFactory.Limit(_options.ReadTimeout);
        var total = HttpClientFactory.Limit(_options.Timeout);
        if (read != Timeout.InfiniteTimeSpan)
        {
            left = read;
        }

        if (total != Timeout.InfiniteTimeSpan)
        {
            left = Min(left, total - elapsed);
        }

        if (call.Deadline is { } deadline)
        {
            left = Min(left, deadline - elapsed);
        }

        return left is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    private static TimeSpan Min(TimeSpan? current, TimeSpan candidate) => current is { } value && value < candidate ? value : candidate;

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    private static string Tries(int attempts) => attempts > 1 ? $" (after {attempts} attempts)" : "";

    /// <summary>The attempts a call made so far, counted across the awaits of its sending methods.</summary>
    private sealed class AttemptCount
    {
        public int Value { get; set; }
    }
}
