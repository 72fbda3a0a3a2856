namespace Overlord.Agent.Hosting;

/// <summary>The body of a webhook answer: the reason code says why (accepted, replay, bad_signature, ...).</summary>
internal sealed record WebhookResponse(int StatusCode, string Reason, string? DeliveryId, string? SyncId = null);
