using System.Security.Cryptography;

namespace Overlord.Agent.Webhooks;

/// <summary>
/// A webhook signature checked while the body streams in: what the headers alone decide (missing, malformed, a wrong
/// GitLab token) is known before a byte of the body is read; an HMAC is computed chunk by chunk with
/// <see cref="IncrementalHash"/>, so the body never has to be held to be verified.
/// </summary>
public sealed class BodySignature : IDisposable
{
    private readonly SignatureCheck? _decided;
    private readonly IncrementalHash? _hmac;
    private readonly IReadOnlyList<byte[]> _candidates;

    private BodySignature(SignatureCheck? decided, IncrementalHash? hmac, IReadOnlyList<byte[]> candidates)
    {
        _decided = decided;
        _hmac = hmac;
        _candidates = candidates;
    }

    /// <summary>A refusal the headers already decide; null when the body must be read (and hashed) first.</summary>
    public SignatureCheck? RefusedBeforeBody => _decided is { } check && check != SignatureCheck.Ok ? check : null;

    /// <summary>A check the headers decide alone: a refusal, or Ok (no secret set, or GitLab's plain token matched).</summary>
    public static BodySignature Decided(SignatureCheck check) => new(check, null, []);

    /// <summary>An HMAC over <paramref name="prefix"/> and then the body; Ok when it equals one of <paramref name="candidates"/>.</summary>
    public static BodySignature Hmac(HashAlgorithmName algorithm, byte[] key, IReadOnlyList<byte[]> candidates, ReadOnlySpan<byte> prefix = default)
    {
        if (candidates.Count == 0)
        {
            return Decided(SignatureCheck.BadSignature);
        }

        var hmac = IncrementalHash.CreateHMAC(algorithm, key);
        hmac.AppendData(prefix);
        return new BodySignature(null, hmac, candidates);
    }

    public void Append(ReadOnlySpan<byte> chunk) => _hmac?.AppendData(chunk);

    /// <summary>The outcome once the whole body went through <see cref="Append"/>.</summary>
    public SignatureCheck Finish()
    {
        if (_decided is { } decided)
        {
            return decided;
        }

        var expected = _hmac!.GetHashAndReset();
        var matched = false;
        foreach (var candidate in _candidates)
        {
            // Every candidate is compared, in constant time, so the time taken says nothing about which one was close.
            matched |= CryptographicOperations.FixedTimeEquals(expected, candidate);
        }

        return matched ? SignatureCheck.Ok : SignatureCheck.BadSignature;
    }

    public void Dispose() => _hmac?.Dispose();
}
