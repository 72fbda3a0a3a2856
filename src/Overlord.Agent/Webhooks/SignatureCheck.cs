namespace Overlord.Agent.Webhooks;

/// <summary>The outcome of checking a webhook's signature; both failures answer 401.</summary>
public enum SignatureCheck
{
    Ok,
    MissingSignature,
    BadSignature,
}
