using Overlord.Agent.Git;
using Overlord.Core.Config;

namespace Overlord.Agent.Verification;

/// <summary>
/// Checks an OpenPGP commit signature: with a keyring, <c>gpgv</c> against that keyring alone (no agent, no trust
/// database); without one, <c>gpg --verify</c> with the agent user's keys. The signing key (or its primary key) must
/// then be one of the configured fingerprints, when there are any. Read from gpg's machine-readable status lines.
/// </summary>
internal static class GpgSignatureChecker
{
    public static async Task<SignatureVerdict> CheckAsync(CommitSignature signature, VerifyConfig config, CancellationToken cancellationToken)
    {
        if (!signature.IsOpenPgp)
        {
            return SignatureVerdict.Refused(signature.IsSsh ? "is signed with an SSH key, but agent.verify.mode is gpg" : "has a signature that is not OpenPGP");
        }

        using var files = new SignatureTool(signature);
        var result = config.Keyring is { } keyring
            ? await SignatureTool.RunAsync("gpgv", ["--homedir", files.Folder, "--keyring", keyring, "--status-fd", "1", files.SignatureFile, files.DataFile], null, cancellationToken)
            : await SignatureTool.RunAsync("gpg", ["--batch", "--no-tty", "--status-fd", "1", "--verify", files.SignatureFile, files.DataFile], null, cancellationToken);
        var status = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith("[GNUPG:] ", StringComparison.Ordinal))
            .Select(line => line["[GNUPG:] ".Length..].Split(' '))
            .ToList();
        string? Keyword(string keyword) => status.Any(fields => fields[0] == keyword) ? keyword : null;
        var valid = status.FirstOrDefault(fields => fields[0] == "VALIDSIG");
        if (!result.Succeeded || Keyword("GOODSIG") is null || valid is null)
        {
            return SignatureVerdict.Refused(
                Keyword("NO_PUBKEY") is not null ? "is signed by an OpenPGP key that is not in the keyring"
                : Keyword("BADSIG") is not null ? "has a bad OpenPGP signature"
                : Keyword("EXPKEYSIG") is not null ? "is signed by an expired OpenPGP key"
                : Keyword("REVKEYSIG") is not null ? "is signed by a revoked OpenPGP key"
                : Keyword("EXPSIG") is not null ? "has an expired OpenPGP signature"
                : "could not be verified: " + SignatureTool.FirstLine(result.StdErr));
        }

        // VALIDSIG <fingerprint> <date> <timestamp> <expiry> <version> <reserved> <algorithm> <hash> <class> <primary fingerprint>
        var fingerprint = valid.Length > 1 ? valid[1] : "";
        var primary = valid.Length > 10 ? valid[10] : fingerprint;
        if (config.Fingerprints.Count > 0 && !config.Fingerprints.Contains(fingerprint) && !config.Fingerprints.Contains(primary))
        {
            return SignatureVerdict.Refused($"is signed by OpenPGP key {primary}, which is not in agent.verify.fingerprints");
        }

        return SignatureVerdict.SignedBy(primary);
    }
}
