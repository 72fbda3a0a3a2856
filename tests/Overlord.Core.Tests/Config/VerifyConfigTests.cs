using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Core.Tests.Config;

/// <summary><c>agent.verify</c> (issue 13.2): read with its defaults, and refused at load with file, line and key.</summary>
public sealed class VerifyConfigTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ssh_mode_reads_the_allowed_signers_file_and_every_commit_is_off_by_default()
    {
        var signers = _folder.Write("allowed_signers", "op@example.org ssh-ed25519 AAAA\n");

        var verify = ConfigTesting.Valid(Agent($"    mode: ssh\n    allowed_signers: '{signers}'\n")).Agent!.Verify!;

        Assert.Equal(new VerifyConfig { Mode = SignatureMode.Ssh, AllowedSigners = signers }, verify);
        Assert.False(verify.EveryCommit);
    }

    [Fact]
    public void Gpg_mode_takes_fingerprints_as_gpg_prints_them_without_a_keyring()
    {
        var verify = ConfigTesting.Valid(Agent("    mode: gpg\n    fingerprints: ['0123 4567 89ab CDEF 0123  4567 89AB CDEF 0123 4567']\n    every_commit: true\n")).Agent!.Verify!;

        Assert.Equal(["0123456789ABCDEF0123456789ABCDEF01234567"], verify.Fingerprints);
        Assert.Null(verify.Keyring);
        Assert.True(verify.EveryCommit);
    }

    [Fact]
    public void A_missing_allowed_signers_file_is_refused_with_its_line()
    {
        Assert.Equal(
            "overlord.yml:5:22: agent.verify.allowed_signers: '/no/such/allowed_signers' does not exist or is not a file",
            ConfigTesting.Error(Agent("    mode: ssh\n    allowed_signers: /no/such/allowed_signers\n")));
    }

    [Fact]
    public void An_armored_keyring_is_refused_since_gpgv_cannot_read_it()
    {
        var keyring = _folder.Write("keys.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n");

        Assert.Equal(
            $"overlord.yml:5:14: agent.verify.keyring: '{keyring}' is ASCII-armored; give a binary keyring (gpg --export KEY > FILE, or gpg --dearmor)",
            ConfigTesting.Error(Agent($"    mode: gpg\n    keyring: {keyring}\n")));
    }

    [Theory]
    [InlineData("    mode: pgp\n", "overlord.yml:4:11: agent.verify.mode: 'pgp' is not a signature mode; use ssh or gpg")]
    [InlineData("    mode: ssh\n", "overlord.yml:4:5: agent.verify.allowed_signers: is required but missing")]
    [InlineData("    mode: gpg\n", "overlord.yml:4:5: agent.verify.keyring: is required with mode: gpg, unless fingerprints lists the allowed keys")]
    [InlineData("    mode: gpg\n    fingerprints: [ABCD]\n", "overlord.yml:5:20: agent.verify.fingerprints[0]: 'ABCD' is not a key fingerprint (40 or 64 hex digits, as gpg --fingerprint prints)")]
    [InlineData("    allowed_signers: /etc/passwd\n", "overlord.yml:4:5: agent.verify.mode: is required but missing")]
    [InlineData("    mode: ssh\n    allowed_signers: /etc/passwd\n    keyring: /etc/passwd\n", "overlord.yml:6:14: agent.verify.keyring: is only read with mode: gpg")]
    [InlineData("    mode: ssh\n    allowed_signers: /etc/passwd\n    fingerprints: []\n", "overlord.yml:6:19: agent.verify.fingerprints: is only read with mode: gpg (list SSH keys in allowed_signers)")]
    public void A_bad_verify_section_is_refused(string section, string expected)
    {
        Assert.Equal(expected, ConfigTesting.Error(Agent(section)));
    }

    private static string Agent(string verify) => "agent:\n  repository: /srv/specs.git\n  verify:\n" + verify;
}
