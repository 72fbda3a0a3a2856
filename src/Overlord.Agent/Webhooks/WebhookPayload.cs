namespace Overlord.Agent.Webhooks;

/// <summary>
/// What the agent reads from a webhook: only a hint to look again. <see cref="After"/> is never deployed as is;
/// the agent resolves the branch itself.
/// </summary>
public sealed record WebhookPayload
{
    public required WebhookEvent Event { get; init; }

    /// <summary>The event name as the provider sent it (e.g. <c>push</c>, <c>Tag Push Hook</c>).</summary>
    public string? EventName { get; init; }

    public string? DeliveryId { get; init; }

    public string? Ref { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public WebhookRepository Repository { get; init; } = WebhookRepository.None;
}
