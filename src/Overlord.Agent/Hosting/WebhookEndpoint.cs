using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Coordination;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Agent.Webhooks;
using Overlord.Core.Config;

namespace Overlord.Agent.Hosting;

/// <summary>
/// <c>POST /v1/webhooks/{github|gitea|gitlab}</c>: reads the raw body (25 MiB at most, else 413), lets
/// <see cref="WebhookDecider"/> check the signature and the event, ignores redeliveries by delivery id, answers at
/// once and wakes the coordinator only after the answer went out. A provider without a secret has no route (404).
/// </summary>
internal static class WebhookEndpoint
{
    public static async Task HandleAsync(
        HttpContext context, string provider, AgentSettings settings, AgentStore store, SyncCoordinator coordinator, ILogger<SyncCoordinator> logger)
    {
        if (TargetFor(provider, settings.Current) is not { } target)
        {
            await AgentResponses.MessageAsync(context, StatusCodes.Status404NotFound, "Resource not found.");
            return;
        }

        var body = await ReadBodyAsync(context);
        var headers = new WebhookHeaders(context.Request.Headers.Select(header => KeyValuePair.Create(header.Key, header.Value.ToString())));
        var decision = body is null
            ? new WebhookDecision(StatusCodes.Status413PayloadTooLarge, WebhookReason.TooLarge, WebhookHeaderNames.DeliveryId(target.Provider, headers), null)
            : WebhookDecider.Decide(target, headers, body);
        var reason = decision.ReasonCode;
        if (decision.ShouldSync && decision.DeliveryId is { } id && !await store.TryRecordDeliveryAsync(id, context.RequestAborted))
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

        logger.LogInformation("Webhook from {Provider} delivery {DeliveryId}: {StatusCode} {Reason}", target.Provider, decision.DeliveryId, decision.StatusCode, reason);
        await AgentResponses.WriteAsync(context, decision.StatusCode, new WebhookResponse(decision.StatusCode, reason, decision.DeliveryId));
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

    /// <summary>The raw body, or null when it is larger than <see cref="WebhookDecider.MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > WebhookDecider.MaxBodyBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = WebhookDecider.MaxBodyBytes + 1L;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > WebhookDecider.MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
