namespace Overlord.Agent.Webhooks;

/// <summary>Where each provider puts the event name and the delivery id.</summary>
public static class WebhookHeaderNames
{
    public static string? EventName(WebhookProvider provider, WebhookHeaders headers) => provider switch
    {
        WebhookProvider.GitHub => headers.Get("X-GitHub-Event"),
        WebhookProvider.Gitea => headers.First("X-Gitea-Event", "X-Forgejo-Event", "X-Gogs-Event", "X-GitHub-Event"),
        WebhookProvider.GitLab => headers.Get("X-Gitlab-Event"),
        _ => headers.First("X-GitHub-Event", "X-Gitea-Event", "X-Gitlab-Event"),
    };

    /// <summary>The id that stays the same when the provider redelivers (GitLab's Idempotency-Key before its event UUID).</summary>
    public static string? DeliveryId(WebhookProvider provider, WebhookHeaders headers) => provider switch
    {
        WebhookProvider.GitHub => headers.Get("X-GitHub-Delivery"),
        WebhookProvider.Gitea => headers.First("X-Gitea-Delivery", "X-Forgejo-Delivery", "X-Gogs-Delivery", "X-GitHub-Delivery"),
        WebhookProvider.GitLab => headers.First("Idempotency-Key", "X-Gitlab-Event-UUID", "webhook-id"),
        _ => headers.First("Idempotency-Key", "X-GitHub-Delivery", "X-Gitea-Delivery", "X-Gitlab-Event-UUID"),
    };

    public static WebhookEvent Classify(WebhookProvider provider, string? eventName) => provider switch
    {
        WebhookProvider.GitLab => eventName is "Push Hook" or "Tag Push Hook" ? WebhookEvent.Push : WebhookEvent.Other,
        // A generic sender (CI, curl) need not name an event: a signed request means "look again".
        WebhookProvider.Generic when eventName is null or "Push Hook" or "Tag Push Hook" => WebhookEvent.Push,
        _ => eventName?.ToLowerInvariant() switch
        {
            "push" => WebhookEvent.Push,
            "ping" => WebhookEvent.Ping,
            _ => WebhookEvent.Other,
        },
    };
}
