using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// GitLab's newer optional signing (Standard Webhooks): <c>webhook-signature: v1,&lt;base64&gt;</c> over
/// <c>&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;</c>, keyed by the secret <c>whsec_&lt;base64&gt;</c>.
/// </summary>
public static class GitLabSigningToken
{
    private const string KeyPrefix = "whsec_";

    public static SignatureCheck Verify(WebhookHeaders headers, string secret, ReadOnlySpan<byte> body)
    {
        var signatures = headers.Get("webhook-signature");
        var id = headers.Get("webhook-id");
        var timestamp = headers.Get("webhook-timestamp");
        if (signatures is null || id is null || timestamp is null)
        {
            return SignatureCheck.MissingSignature;
        }

        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || !TryDecode(secret[KeyPrefix.Length..], out var key))
        {
            return SignatureCheck.BadSignature;
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(id) + Encoding.UTF8.GetByteCount(timestamp) + 2 + body.Length];
        var written = Encoding.UTF8.GetBytes($"{id}.{timestamp}.", signed);
        body.CopyTo(signed.AsSpan(written));
        var expected = HMACSHA256.HashData(key, signed);

        // Several space-separated signatures may be sent while a key rotates; one valid is enough.
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate.StartsWith("v1,", StringComparison.Ordinal)
                && TryDecode(candidate[3..], out var given)
                && CryptographicOperations.FixedTimeEquals(expected, given))
            {
                return SignatureCheck.Ok;
            }
        }

        return SignatureCheck.BadSignature;
    }

    private static bool TryDecode(string base64, out byte[] bytes)
    {
        var buffer = new byte[base64.Length];
        var decoded = Convert.TryFromBase64String(base64, buffer, out var length);
        bytes = decoded ? buffer[..length] : [];
        return decoded;
    }
}
