namespace Overlord.Agent.Webhooks;

/// <summary>The kind of event a webhook announces, from its headers.</summary>
public enum WebhookEvent
{
    Push,
    Ping,
    Other,
}
