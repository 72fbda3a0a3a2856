namespace Overlord.Core.Config;

/// <summary>
/// <c>agent.verify</c>: the agent applies a commit only when it is signed by an allowed key (SSH signatures checked
/// against an allowed-signers file, or OpenPGP ones against a keyring or a list of fingerprints).
/// </summary>
public sealed record VerifyConfig
{
    public const string SectionName = "verify";

    public required SignatureMode Mode { get; init; }

    /// <summary>For <see cref="SignatureMode.Ssh"/>: ssh-keygen's allowed-signers file (<c>principal [options] key</c> per line).</summary>
    public string? AllowedSigners { get; init; }

    /// <summary>For <see cref="SignatureMode.Gpg"/>: a keyring file (<c>gpg --export</c> or a keybox) holding the allowed keys.</summary>
    public string? Keyring { get; init; }

    /// <summary>For <see cref="SignatureMode.Gpg"/>: the allowed keys' fingerprints (upper-case hex); empty allows every key of the keyring.</summary>
    public IReadOnlyList<string> Fingerprints { get; init; } = [];

    /// <summary>True to require every commit since the last applied one to be signed, not only the branch head.</summary>
    public bool EveryCommit { get; init; }

    public bool Equals(VerifyConfig? other) =>
        other is not null && Mode == other.Mode && AllowedSigners == other.AllowedSigners && Keyring == other.Keyring
        && Fingerprints.SequenceEqual(other.Fingerprints) && EveryCommit == other.EveryCommit;

    public override int GetHashCode() => HashCode.Combine(Mode, AllowedSigners, Keyring, Fingerprints.Count, EveryCommit);
}
