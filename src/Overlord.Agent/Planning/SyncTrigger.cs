namespace Overlord.Agent.Planning;

/// <summary>What started a sync, with the webhook's delivery id when a webhook did.</summary>
public sealed record SyncTrigger(SyncTriggerKind Kind, string? DeliveryId = null)
{
    public static SyncTrigger Startup { get; } = new(SyncTriggerKind.Startup);

    public static SyncTrigger Schedule { get; } = new(SyncTriggerKind.Schedule);

    public static SyncTrigger Manual { get; } = new(SyncTriggerKind.Manual);

    public static SyncTrigger Webhook(string? deliveryId) => new(SyncTriggerKind.Webhook, deliveryId);

    /// <summary><c>webhook:&lt;delivery-id&gt;</c>, <c>schedule</c>, <c>manual</c>, <c>startup</c>: the form notes and logs use.</summary>
    public string Text => Kind switch
    {
        SyncTriggerKind.Webhook => DeliveryId is null ? "webhook" : "webhook:" + DeliveryId,
        _ => Kind.ToString().ToLowerInvariant(),
    };

    public static SyncTrigger Parse(string text)
    {
        if (text.StartsWith("webhook", StringComparison.Ordinal))
        {
            return Webhook(text.Length > "webhook:".Length ? text["webhook:".Length..] : null);
        }

        return Enum.TryParse<SyncTriggerKind>(text, ignoreCase: true, out var kind) ? new SyncTrigger(kind) : Manual;
    }

    public override string ToString() => Text;
}
