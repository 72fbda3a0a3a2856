using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Overlord.Server.Auth;

/// <summary>The node's HS256 key. Never printed: <see cref="ToString"/> returns <c>***</c>.</summary>
public sealed class SigningKey
{
    // Microsoft.IdentityModel refuses HS256 keys under 256 bits. HMAC pads any key shorter than the
    // SHA-256 block (64 bytes) with zero bytes, so padding to 32 bytes here signs exactly as the
    // original did with a short secret_key: tokens stay valid on both sides.
    private const int MinimumHmacKeyBytes = 32;

    private readonly byte[] _bytes;

    private SigningKey(byte[] bytes) => _bytes = bytes;

    public int Length => _bytes.Length;

    /// <summary>The key from <c>secret_key</c> in overlord.yml: its UTF-8 bytes, as PyJWT uses a str key.</summary>
    public static SigningKey FromSecret(string secret) => new(Encoding.UTF8.GetBytes(secret));

    public static SigningKey FromBytes(ReadOnlySpan<byte> bytes) => new(bytes.ToArray());

    internal SymmetricSecurityKey ToSecurityKey()
    {
        var material = _bytes.Length >= MinimumHmacKeyBytes ? _bytes : [.. _bytes, .. new byte[MinimumHmacKeyBytes - _bytes.Length]];
        return new SymmetricSecurityKey(material);
    }

    public override string ToString() => "***";
}
