namespace Overlord.Agent.Webhooks;

/// <summary>Why a webhook got its answer; written as a reason code (<see cref="WebhookReasonCodes"/>) in the body and the log.</summary>
public enum WebhookReason
{
    MissingSignature,
    BadSignature,
    StaleTimestamp,
    TooLarge,

    /// <summary>Every place to read a body was taken for longer than the agent waits (503).</summary>
    Busy,
    BadPayload,
    UnsupportedEvent,
    UnknownRepo,
    OtherRef,
    Ping,
    Accepted,
}
