using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// Checks a webhook's signature over the raw body bytes, as each provider signs it. Without a configured secret
/// every request passes; with one, an unsigned request is refused — from its headers, before its body is read.
/// </summary>
public static class WebhookSignatureVerifier
{
    /// <summary>Starts the check from the headers; feed the body to the result, then call <see cref="BodySignature.Finish"/>.</summary>
    public static BodySignature Begin(WebhookProvider provider, WebhookHeaders headers, string? secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return BodySignature.Decided(SignatureCheck.Ok);
        }

        var key = Encoding.UTF8.GetBytes(secret);
        return provider switch
        {
            WebhookProvider.GitHub => BeginGitHub(headers, key),
            WebhookProvider.Gitea => BeginGitea(headers, key),
            WebhookProvider.GitLab => BeginGitLab(headers, secret, now),
            WebhookProvider.Generic => Prefixed(headers.Get("X-Signature"), key),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    /// <summary>The whole check on a body already in memory.</summary>
    public static SignatureCheck Verify(WebhookProvider provider, WebhookHeaders headers, ReadOnlySpan<byte> body, string? secret) =>
        Verify(provider, headers, body, secret, DateTimeOffset.UtcNow);

    public static SignatureCheck Verify(WebhookProvider provider, WebhookHeaders headers, ReadOnlySpan<byte> body, string? secret, DateTimeOffset now)
    {
        using var signature = Begin(provider, headers, secret, now);
        signature.Append(body);
        return signature.Finish();
    }

    private static BodySignature BeginGitHub(WebhookHeaders headers, byte[] key)
    {
        // The legacy sha1 header only counts when GitHub did not send the sha256 one.
        var header = headers.Get("X-Hub-Signature-256") ?? headers.Get("X-Hub-Signature");
        return Prefixed(header, key);
    }

    private static BodySignature BeginGitea(WebhookHeaders headers, byte[] key)
    {
        if (headers.First("X-Gitea-Signature", "X-Forgejo-Signature", "X-Gogs-Signature") is { } hex)
        {
            return HmacSignature.BeginHex(hex, HashAlgorithmName.SHA256, key);
        }

        return Prefixed(headers.Get("X-Hub-Signature-256"), key);
    }

    private static BodySignature BeginGitLab(WebhookHeaders headers, string secret, DateTimeOffset now)
    {
        if (GitLabSigningToken.CheckTimestamp(headers, now) is { } refused)
        {
            return BodySignature.Decided(refused);
        }

        if (headers.Get("X-Gitlab-Token") is { } token)
        {
            return BodySignature.Decided(HmacSignature.TokenEquals(token, secret) ? SignatureCheck.Ok : SignatureCheck.BadSignature);
        }

        return GitLabSigningToken.Begin(headers, secret);
    }

    private static BodySignature Prefixed(string? header, byte[] key) =>
        header is null ? BodySignature.Decided(SignatureCheck.MissingSignature) : HmacSignature.BeginPrefixed(header, key);
}
