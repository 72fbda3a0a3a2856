using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;
using Overlord.Agent.Coordination;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Agent.Webhooks;
using Overlord.Client.Contract;
using Overlord.Core.Config;

namespace Overlord.Agent.Hosting;

/// <summary>
/// <c>POST /v1/webhooks/{github|gitea|gitlab}</c>. What the headers decide comes first, before a byte of the body is
/// read: 413 by Content-Length, 401 without the provider's signature or token (the connection is then closed, so
/// the unread body costs nothing). Then the body is read in pooled chunks (25 MiB at most, a few at a time, see
/// <see cref="WebhookBodyGate"/>) and verified as it streams; <see cref="WebhookDecider"/> decides on the event;
/// redeliveries and replays (same id, or same body) are ignored; the answer goes out at once and the coordinator
/// wakes only after it. A provider without a secret has no route (404).
/// </summary>
internal static class WebhookEndpoint
{
    // The context itself, not a bound body: the headers decide first, the body is read in pooled chunks, and the
    // answer may close the connection.
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        string provider,
        [FromServices] AgentSettings settings,
        [FromServices] AgentStore store,
        [FromServices] SyncCoordinator coordinator,
        [FromServices] WebhookBodyGate gate,
        [FromServices] TimeProvider timeProvider,
        [FromServices] AgentMetrics metrics,
        [FromServices] ILogger<SyncCoordinator> logger)
    {
        if (TargetFor(provider, settings.Current) is not { } target)
        {
            return AgentResponses.Message(StatusCodes.Status404NotFound, "Resource not found.");
        }

        var headers = new WebhookHeaders(context.Request.Headers.Select(header => KeyValuePair.Create(header.Key, header.Value.ToString())));
        using var signature = WebhookSignatureVerifier.Begin(target.Provider, headers, target.Secret, timeProvider.GetUtcNow());
        var decision = WebhookDecider.BeforeBody(target, headers, context.Request.ContentLength, signature);
        WebhookDelivery? delivery = null;
        if (decision is not null)
        {
            // RFC 9112 9.6: a server that answers without reading the body closes the connection.
            context.Response.Headers.Connection = "close";
        }
        else
        {
            (decision, delivery) = await ReadAndDecideAsync(context, target, headers, signature, gate);
        }

        var reason = decision.ReasonCode;
        if (decision.ShouldSync && delivery is not null && !await store.TryRecordDeliveryAsync(delivery, context.RequestAborted))
        {
            reason = "replay";
        }
        else if (decision.ShouldSync)
        {
            // After the answer: the git host never waits for a fetch (GitHub gives up after 10 s).
            var trigger = SyncTrigger.Webhook(decision.DeliveryId);
            context.Response.OnCompleted(() =>
            {
                coordinator.Enqueue(trigger, SyncOptions.Default);
                return Task.CompletedTask;
            });
        }

        metrics.WebhookAnswered(target.Provider.ToString().ToLowerInvariant(), reason);
        logger.LogInformation("Webhook from {Provider} delivery {DeliveryId}: {StatusCode} {Reason}", target.Provider, decision.DeliveryId, decision.StatusCode, reason);
        return AgentResponses.Json(decision.StatusCode, new WebhookResponse(decision.StatusCode, reason, decision.DeliveryId));
    }

    private static async Task<(WebhookDecision Decision, WebhookDelivery? Delivery)> ReadAndDecideAsync(
        HttpContext context, WebhookTarget target, WebhookHeaders headers, BodySignature signature, WebhookBodyGate gate)
    {
        var deliveryId = WebhookHeaderNames.DeliveryId(target.Provider, headers);
        using var place = await gate.EnterAsync(context.RequestAborted);
        if (place is null)
        {
            context.Response.Headers.Connection = "close";
            context.Response.Headers[HeaderNames.RetryAfter] = "1";
            return (new WebhookDecision(StatusCodes.Status503ServiceUnavailable, WebhookReason.Busy, deliveryId, null), null);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = WebhookDecider.MaxBodyBytes + 1L;
        }

        using var body = new PooledBody();
        using var bodyHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        bool complete;
        try
        {
            complete = await body.ReadAsync(context.Request.Body, WebhookDecider.MaxBodyBytes, chunk =>
            {
                signature.Append(chunk.Span);
                bodyHash.AppendData(chunk.Span);
            }, context.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            complete = false;
        }

        if (!complete)
        {
            context.Response.Headers.Connection = "close";
            return (new WebhookDecision(StatusCodes.Status413PayloadTooLarge, WebhookReason.TooLarge, deliveryId, null), null);
        }

        var decision = WebhookDecider.AfterBody(target, headers, signature.Finish(), body.ToSequence());
        var delivery = new WebhookDelivery(target.Provider.ToString().ToLowerInvariant(), decision.DeliveryId, Convert.ToHexStringLower(bodyHash.GetHashAndReset()));
        return (decision, delivery);
    }

    private static WebhookTarget? TargetFor(string provider, AgentConfig config)
    {
        var (kind, secret) = provider.ToLowerInvariant() switch
        {
            "github" => (WebhookProvider.GitHub, config.Webhooks.GitHubSecret),
            "gitea" => (WebhookProvider.Gitea, config.Webhooks.GiteaSecret),
            "gitlab" => (WebhookProvider.GitLab, config.Webhooks.GitLabToken),
            _ => (WebhookProvider.Generic, null),
        };
        return secret is null || secret.IsEmpty ? null : new WebhookTarget(kind, secret.Reveal(), config.Repository, config.Branch);
    }
}
