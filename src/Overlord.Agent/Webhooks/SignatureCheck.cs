namespace Overlord.Agent.Webhooks;

/// <summary>The outcome of checking a webhook's signature; every failure answers 401.</summary>
public enum SignatureCheck
{
    Ok,
    MissingSignature,
    BadSignature,

    /// <summary>GitLab's <c>webhook-timestamp</c> is more than <see cref="GitLabSigningToken.TimestampTolerance"/> from now.</summary>
    StaleTimestamp,
}
