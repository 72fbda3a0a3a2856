namespace Overlord.Client.Contract;

/// <summary>The body of a webhook answer: the reason code says why (accepted, replay, bad_signature, ...).</summary>
public sealed record WebhookResponse(int StatusCode, string Reason, string? DeliveryId, string? SyncId = null);
