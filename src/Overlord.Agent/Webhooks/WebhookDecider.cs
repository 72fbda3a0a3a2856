using System.Buffers;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// Turns a raw webhook request into an answer, fast and without I/O: size, signature, event, repository, branch.
/// What the headers decide (413 by Content-Length, 401 without a valid-looking signature) is decided before the body
/// is read; refusals answer 401/413/400; anything signed but not for us answers 202 and is ignored, as the reference asks.
/// </summary>
public static class WebhookDecider
{
    /// <summary>25 MiB, GitHub's own cap on payloads.</summary>
    public const int MaxBodyBytes = 25 * 1024 * 1024;

    private const string ZeroSha = "0000000000000000000000000000000000000000";

    /// <summary>The answer the headers alone give, or null when the body must be read (through <paramref name="signature"/>).</summary>
    public static WebhookDecision? BeforeBody(WebhookTarget target, WebhookHeaders headers, long? contentLength, BodySignature signature)
    {
        var deliveryId = WebhookHeaderNames.DeliveryId(target.Provider, headers);
        if (contentLength > MaxBodyBytes)
        {
            return new WebhookDecision(413, WebhookReason.TooLarge, deliveryId, null);
        }

        return signature.RefusedBeforeBody is { } refused ? Refused(refused, deliveryId) : null;
    }

    /// <summary>The answer once the whole body was read and fed to the signature check, which gave <paramref name="signature"/>.</summary>
    public static WebhookDecision AfterBody(WebhookTarget target, WebhookHeaders headers, SignatureCheck signature, in ReadOnlySequence<byte> body)
    {
        var deliveryId = WebhookHeaderNames.DeliveryId(target.Provider, headers);
        if (signature != SignatureCheck.Ok)
        {
            return Refused(signature, deliveryId);
        }

        if (WebhookPayloadParser.Parse(target.Provider, headers, body) is not { } payload)
        {
            return new WebhookDecision(400, WebhookReason.BadPayload, deliveryId, null);
        }

        return DecideEvent(target, payload);
    }

    /// <summary>The whole decision on a body already in memory.</summary>
    public static WebhookDecision Decide(WebhookTarget target, WebhookHeaders headers, ReadOnlySpan<byte> body) =>
        Decide(target, headers, body, DateTimeOffset.UtcNow);

    public static WebhookDecision Decide(WebhookTarget target, WebhookHeaders headers, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        using var signature = WebhookSignatureVerifier.Begin(target.Provider, headers, target.Secret, now);
        if (BeforeBody(target, headers, body.Length, signature) is { } early)
        {
            return early;
        }

        signature.Append(body);
        return AfterBody(target, headers, signature.Finish(), new ReadOnlySequence<byte>(body.ToArray()));
    }

    private static WebhookDecision Refused(SignatureCheck check, string? deliveryId)
    {
        var reason = check switch
        {
            SignatureCheck.MissingSignature => WebhookReason.MissingSignature,
            SignatureCheck.StaleTimestamp => WebhookReason.StaleTimestamp,
            _ => WebhookReason.BadSignature,
        };
        return new WebhookDecision(401, reason, deliveryId, null);
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
