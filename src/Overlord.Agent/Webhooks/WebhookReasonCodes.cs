namespace Overlord.Agent.Webhooks;

/// <summary>The reason codes of the webhook reference (<c>missing_signature</c>, <c>other_ref</c>, ...).</summary>
public static class WebhookReasonCodes
{
    public static string ToCode(this WebhookReason reason) => reason switch
    {
        WebhookReason.MissingSignature => "missing_signature",
        WebhookReason.BadSignature => "bad_signature",
        WebhookReason.StaleTimestamp => "stale_timestamp",
        WebhookReason.TooLarge => "too_large",
        WebhookReason.Busy => "busy",
        WebhookReason.BadPayload => "bad_payload",
        WebhookReason.UnsupportedEvent => "unsupported_event",
        WebhookReason.UnknownRepo => "unknown_repo",
        WebhookReason.OtherRef => "other_ref",
        WebhookReason.Ping => "ping",
        WebhookReason.Accepted => "accepted",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static string ToCode(this SignatureCheck check) => check switch
    {
        SignatureCheck.Ok => "ok",
        SignatureCheck.MissingSignature => "missing_signature",
        SignatureCheck.BadSignature => "bad_signature",
        SignatureCheck.StaleTimestamp => "stale_timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(check), check, null),
    };
}
