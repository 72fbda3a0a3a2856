using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// GitLab's newer optional signing (Standard Webhooks): <c>webhook-signature: v1,&lt;base64&gt;</c> over
/// <c>&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;</c>, keyed by the secret <c>whsec_&lt;base64&gt;</c>.
/// </summary>
public static class GitLabSigningToken
{
    /// <summary>How far <c>webhook-timestamp</c> may be from now, either way: the Standard Webhooks libraries' default.</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(5);

    private const string KeyPrefix = "whsec_";

    /// <summary>
    /// Null when there is no <c>webhook-timestamp</c> or it is recent; otherwise the refusal: a stale one means a
    /// recorded delivery sent again, one that is not a Unix time in seconds a malformed signature.
    /// </summary>
    public static SignatureCheck? CheckTimestamp(WebhookHeaders headers, DateTimeOffset now)
    {
        if (headers.Get("webhook-timestamp") is not { } text)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SignatureCheck.BadSignature;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() > TimestampTolerance ? SignatureCheck.StaleTimestamp : null;
    }

    public static BodySignature Begin(WebhookHeaders headers, string secret)
    {
        var signatures = headers.Get("webhook-signature");
        var id = headers.Get("webhook-id");
        var timestamp = headers.Get("webhook-timestamp");
        if (signatures is null || id is null || timestamp is null)
        {
            return BodySignature.Decided(SignatureCheck.MissingSignature);
        }

        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || !TryDecode(secret[KeyPrefix.Length..], out var key))
        {
            return BodySignature.Decided(SignatureCheck.BadSignature);
        }

        // Several space-separated signatures may be sent while a key rotates; one valid is enough.
        var candidates = new List<byte[]>();
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate.StartsWith("v1,", StringComparison.Ordinal) && TryDecode(candidate[3..], out var given))
            {
                candidates.Add(given);
            }
        }

        return BodySignature.Hmac(HashAlgorithmName.SHA256, key, candidates, Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
    }

    private static bool TryDecode(string base64, out byte[] bytes)
    {
        var buffer = new byte[base64.Length];
        var decoded = Convert.TryFromBase64String(base64, buffer, out var length);
        bytes = decoded ? buffer[..length] : [];
        return decoded;
    }
}
