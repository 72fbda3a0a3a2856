using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// Checks a webhook's signature over the raw body bytes, as each provider signs it. Without a configured secret
/// every request passes; with one, an unsigned request is refused.
/// </summary>
public static class WebhookSignatureVerifier
{
    public static SignatureCheck Verify(WebhookProvider provider, WebhookHeaders headers, ReadOnlySpan<byte> body, string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return SignatureCheck.Ok;
        }

        var key = Encoding.UTF8.GetBytes(secret);
        return provider switch
        {
            WebhookProvider.GitHub => VerifyGitHub(headers, key, body),
            WebhookProvider.Gitea => VerifyGitea(headers, key, body),
            WebhookProvider.GitLab => VerifyGitLab(headers, secret, body),
            WebhookProvider.Generic => Prefixed(headers.Get("X-Signature"), key, body),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    private static SignatureCheck VerifyGitHub(WebhookHeaders headers, byte[] key, ReadOnlySpan<byte> body)
    {
        // The legacy sha1 header only counts when GitHub did not send the sha256 one.
        var header = headers.Get("X-Hub-Signature-256") ?? headers.Get("X-Hub-Signature");
        return Prefixed(header, key, body);
    }

    private static SignatureCheck VerifyGitea(WebhookHeaders headers, byte[] key, ReadOnlySpan<byte> body)
    {
        if (headers.First("X-Gitea-Signature", "X-Forgejo-Signature", "X-Gogs-Signature") is { } hex)
        {
            return HmacSignature.MatchesHex(hex, HashAlgorithmName.SHA256, key, body) ? SignatureCheck.Ok : SignatureCheck.BadSignature;
        }

        return Prefixed(headers.Get("X-Hub-Signature-256"), key, body);
    }

    private static SignatureCheck VerifyGitLab(WebhookHeaders headers, string secret, ReadOnlySpan<byte> body)
    {
        if (headers.Get("X-Gitlab-Token") is { } token)
        {
            return HmacSignature.TokenEquals(token, secret) ? SignatureCheck.Ok : SignatureCheck.BadSignature;
        }

        return GitLabSigningToken.Verify(headers, secret, body);
    }

    private static SignatureCheck Prefixed(string? header, byte[] key, ReadOnlySpan<byte> body) =>
        header is null ? SignatureCheck.MissingSignature
        : HmacSignature.MatchesPrefixed(header, key, body) ? SignatureCheck.Ok
        : SignatureCheck.BadSignature;
}
