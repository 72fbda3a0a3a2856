using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Overlord.Agent.Webhooks;

/// <summary>HMAC checks of a body against a hex digest or a shared token, always in constant time.</summary>
public static class HmacSignature
{
    /// <summary>Checks a <c>&lt;algorithm&gt;=&lt;hex&gt;</c> header value (sha256, sha1 or sha512).</summary>
    public static bool MatchesPrefixed(string headerValue, byte[] key, ReadOnlySpan<byte> body)
    {
        var separator = headerValue.IndexOf('=', StringComparison.Ordinal);
        if (separator < 0)
        {
            return false;
        }

        var algorithm = headerValue[..separator].Trim().ToUpperInvariant() switch
        {
            "SHA256" => HashAlgorithmName.SHA256,
            "SHA1" => HashAlgorithmName.SHA1,
            "SHA512" => HashAlgorithmName.SHA512,
            _ => (HashAlgorithmName?)null,
        };
        return algorithm is { } name && MatchesHex(headerValue[(separator + 1)..], name, key, body);
    }

    /// <summary>Checks a bare hex digest (Gitea's <c>X-Gitea-Signature</c>).</summary>
    public static bool MatchesHex(string hex, HashAlgorithmName algorithm, byte[] key, ReadOnlySpan<byte> body)
    {
        var expected = Compute(algorithm, key, body);
        var given = new byte[expected.Length];
        var status = Convert.FromHexString(hex.Trim(), given, out var charsConsumed, out var bytesWritten);
        return status == OperationStatus.Done && charsConsumed == hex.Trim().Length && bytesWritten == expected.Length
            && CryptographicOperations.FixedTimeEquals(expected, given);
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
}
