using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>Reads the HMAC signature headers and compares shared tokens, always in constant time.</summary>
public static class HmacSignature
{
    /// <summary>Starts checking a <c>&lt;algorithm&gt;=&lt;hex&gt;</c> header value (sha256, sha1 or sha512); a malformed one is refused at once.</summary>
    public static BodySignature BeginPrefixed(string headerValue, byte[] key)
    {
        var separator = headerValue.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0)
        {
            return BodySignature.Decided(SignatureCheck.BadSignature);
        }

        var algorithm = headerValue[..separator].Trim().ToUpperInvariant() switch
        {
            "SHA256" => HashAlgorithmName.SHA256,
            "SHA1" => HashAlgorithmName.SHA1,
            "SHA512" => HashAlgorithmName.SHA512,
            _ => (HashAlgorithmName?)null,
        };
        return algorithm is { } name ? BeginHex(headerValue[(separator + 1)..], name, key) : BodySignature.Decided(SignatureCheck.BadSignature);
    }

    /// <summary>Starts checking a bare hex digest (Gitea's <c>X-Gitea-Signature</c>); one of the wrong length or not hex is refused at once.</summary>
    public static BodySignature BeginHex(string hex, HashAlgorithmName algorithm, byte[] key)
    {
        var digest = hex.Trim();
        var given = new byte[DigestLength(algorithm)];
        var status = Convert.FromHexString(digest, given, out var charsConsumed, out var bytesWritten);
        var wellFormed = status == OperationStatus.Done && charsConsumed == digest.Length && bytesWritten == given.Length;
        return wellFormed ? BodySignature.Hmac(algorithm, key, [given]) : BodySignature.Decided(SignatureCheck.BadSignature);
    }

    /// <summary>Compares a plain shared token (GitLab's <c>X-Gitlab-Token</c>). Hashing first hides the secret's length.</summary>
    public static bool TokenEquals(string given, string secret) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    [SuppressMessage("Security", "CA5350", Justification = "Senders still sign with sha1 (GitHub's legacy header, sha1= in generic-hmac); it is only checked, never chosen.")]
    public static byte[] Compute(HashAlgorithmName algorithm, byte[] key, ReadOnlySpan<byte> body)
    {
        if (algorithm == HashAlgorithmName.SHA1)
        {
            return HMACSHA1.HashData(key, body);
        }

        return algorithm == HashAlgorithmName.SHA512 ? HMACSHA512.HashData(key, body) : HMACSHA256.HashData(key, body);
    }

    private static int DigestLength(HashAlgorithmName algorithm) =>
        algorithm == HashAlgorithmName.SHA1 ? 20 : algorithm == HashAlgorithmName.SHA512 ? 64 : 32;
}
