namespace Overlord.Core.Config;

/// <summary>How <c>agent.verify</c> checks commit signatures.</summary>
public enum SignatureMode
{
    /// <summary>SSH signatures (<c>gpg.format ssh</c>), checked with <c>ssh-keygen -Y verify</c>.</summary>
    Ssh,

    /// <summary>OpenPGP signatures, checked with <c>gpgv</c> (a keyring) or <c>gpg --verify</c> (the agent user's keys).</summary>
    Gpg,
}
