namespace Overlord.Agent.Webhooks;

/// <summary>Why a webhook got its answer; written as a reason code (<see cref="WebhookReasonCodes"/>) in the body and the log.</summary>
public enum WebhookReason
{
    MissingSignature,
    BadSignature,
    TooLarge,
    BadPayload,
    UnsupportedEvent,
    UnknownRepo,
    OtherRef,
    Ping,
    Accepted,
}
