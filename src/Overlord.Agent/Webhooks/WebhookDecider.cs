namespace Overlord.Agent.Webhooks;

/// <summary>
/// Turns a raw webhook request into an answer, fast and without I/O: size, signature, event, repository, branch.
/// Refusals answer 401/413/400; anything signed but not for us answers 202 and is ignored, as the reference asks.
/// </summary>
public static class WebhookDecider
{
    /// <summary>25 MiB, GitHub's own cap on payloads.</summary>
    public const int MaxBodyBytes = 25 * 1024 * 1024;

    private const string ZeroSha = "0000000000000000000000000000000000000000";

    public static WebhookDecision Decide(WebhookTarget target, WebhookHeaders headers, ReadOnlySpan<byte> body)
    {
        var provider = target.Provider;
        var deliveryId = WebhookHeaderNames.DeliveryId(provider, headers);
        if (body.Length > MaxBodyBytes)
        {
            return new WebhookDecision(413, WebhookReason.TooLarge, deliveryId, null);
        }

        var signature = WebhookSignatureVerifier.Verify(provider, headers, body, target.Secret);
        if (signature != SignatureCheck.Ok)
        {
            var reason = signature == SignatureCheck.MissingSignature ? WebhookReason.MissingSignature : WebhookReason.BadSignature;
            return new WebhookDecision(401, reason, deliveryId, null);
        }

        if (WebhookPayloadParser.Parse(provider, headers, body) is not { } payload)
        {
            return new WebhookDecision(400, WebhookReason.BadPayload, deliveryId, null);
        }

        return DecideEvent(target, payload);
    }

    private static WebhookDecision DecideEvent(WebhookTarget target, WebhookPayload payload)
    {
        var deliveryId = payload.DeliveryId;
        switch (payload.Event)
        {
            case WebhookEvent.Ping:
                return new WebhookDecision(200, WebhookReason.Ping, deliveryId, null);
            case WebhookEvent.Other:
                return new WebhookDecision(202, WebhookReason.UnsupportedEvent, deliveryId, null);
        }

        // A generic sender may post no body at all; it is checked only on what it does say.
        var generic = target.Provider == WebhookProvider.Generic;
        if (!(generic && payload.Repository.IsEmpty) && !new RepositoryMatcher(target.Repository).Matches(payload.Repository))
        {
            return new WebhookDecision(202, WebhookReason.UnknownRepo, deliveryId, null);
        }

        if (!(generic && payload.Ref is null) && payload.Ref != target.BranchRef)
        {
            return new WebhookDecision(202, WebhookReason.OtherRef, deliveryId, null);
        }

        var after = payload.After is null or ZeroSha ? null : payload.After;
        return new WebhookDecision(202, WebhookReason.Accepted, deliveryId, after);
    }
}
