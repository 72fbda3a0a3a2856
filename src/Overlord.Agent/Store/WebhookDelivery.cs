namespace Overlord.Agent.Store;

/// <summary>
/// What makes a webhook delivery the same as an earlier one: its id (a redelivery reuses it) or, for a replay that
/// comes with a new id, the provider and the SHA-256 of its body (hex).
/// </summary>
public sealed record WebhookDelivery(string Provider, string? DeliveryId, string BodyHash);
