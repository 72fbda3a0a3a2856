namespace Overlord.Agent.Webhooks;

/// <summary>
/// The answer to one webhook: HTTP status, reason, the delivery id (for replay detection by the caller) and,
/// when accepted, the pushed sha as a hint (null when the branch was deleted).
/// </summary>
public sealed record WebhookDecision(int StatusCode, WebhookReason Reason, string? DeliveryId, string? After)
{
    public string ReasonCode => Reason.ToCode();

    /// <summary>Whether the agent should look at the repository again.</summary>
    public bool ShouldSync => Reason == WebhookReason.Accepted;
}
