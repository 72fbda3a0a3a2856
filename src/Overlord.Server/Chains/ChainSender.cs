using System.Globalization;
using System.Net.Http.Headers;
using Overlord.Client;
using Overlord.Client.Http;
using Polly;

namespace Overlord.Server.Chains;

/// <summary>
/// Sends a <see cref="ChainRequest"/> to a child with the chain's own token (never the caller's), its
/// per-attempt and whole-call timeouts, and the client's retry pipeline for idempotent methods (which
/// never retries an answer that is already a chain error envelope, reference 13.3).
/// </summary>
public static class ChainSender
{
    public static async Task<ChainReply> SendAsync(ChainClient chain, ChainRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(request);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (chain.Options.Timeout > TimeSpan.Zero)
        {
            call.CancelAfter(chain.Options.Timeout);
        }

        var pipeline = request.IsIdempotent
            ? ClientPipelines.For(chain.Options.Retry, chain.Options.TimeProvider)
            : ResiliencePipeline<HttpResponseMessage>.Empty;
        try
        {
            using var response = await pipeline.ExecuteAsync(
                async token => await SendAttemptAsync(chain, request, token),
                call.Token);
            var status = (int)response.StatusCode;
            var body = ChainReply.CanHaveBody(status) ? await response.Content.ReadAsByteArrayAsync(call.Token) : [];
            return ChainReply.Answer(status, response.Content.Headers.ContentType?.ToString(), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ChainReply.Failure("TimeoutException", $"no answer from {chain} within the chain's timeout of {Seconds(chain.Options.Timeout)}");
        }
        catch (TimeoutException)
        {
            return ChainReply.Failure("ReadTimeout", $"no answer from {chain} within {Seconds(chain.Options.ReadTimeout)}");
        }
        catch (HttpRequestException exception)
        {
            return ChainReply.Failure("ConnectError", $"cannot reach {chain}: {exception.Message}");
        }
    }

    private static async ValueTask<HttpResponseMessage> SendAttemptAsync(ChainClient chain, ChainRequest request, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (chain.Options.ReadTimeout > TimeSpan.Zero)
        {
            attempt.CancelAfter(chain.Options.ReadTimeout);
        }

        using var message = Build(chain, request);
        try
        {
            return await chain.Http.SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException("the attempt timed out", exception);
        }
    }

    private static HttpRequestMessage Build(ChainClient chain, ChainRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(chain.BaseAddress, request.PathAndQuery));
        var token = chain.Config.AccessToken.Reveal();
        message.Headers.TryAddWithoutValidation(OverlordHeaders.Authentication, "Bearer " + token);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (request.Visited.Count > 0)
        {
            message.Headers.TryAddWithoutValidation(OverlordHeaders.Visited, string.Join(',', request.Visited));
        }

        if (request.Deadline is { } deadline)
        {
            var milliseconds = (long)Math.Ceiling(deadline.TotalMilliseconds);
            message.Headers.TryAddWithoutValidation(OverlordHeaders.Deadline, milliseconds.ToString(CultureInfo.InvariantCulture));
        }

        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            if (request.ContentType is { } contentType && MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            {
                message.Content.Headers.ContentType = parsed;
            }
        }

        return message;
    }

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
