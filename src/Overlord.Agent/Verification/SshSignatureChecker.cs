using Overlord.Agent.Git;

namespace Overlord.Agent.Verification;

/// <summary>
/// Checks an SSH commit signature as git does (<c>gpg.format ssh</c>): <c>ssh-keygen -Y find-principals</c> finds who
/// the key belongs to in the allowed-signers file, then <c>ssh-keygen -Y verify</c> checks the signature over the
/// commit for that principal in the <c>git</c> namespace.
/// </summary>
internal static class SshSignatureChecker
{
    public static async Task<SignatureVerdict> CheckAsync(CommitSignature signature, string allowedSigners, CancellationToken cancellationToken)
    {
        if (!signature.IsSsh)
        {
            return SignatureVerdict.Refused("is signed with OpenPGP, but agent.verify.mode is ssh");
        }

        using var files = new SignatureTool(signature);
        var find = await SignatureTool.RunAsync("ssh-keygen", ["-Y", "find-principals", "-s", files.SignatureFile, "-f", allowedSigners], null, cancellationToken);
        var principal = find.Succeeded ? find.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() : null;
        if (principal is null)
        {
            return find.ExitCode == 127
                ? SignatureVerdict.Refused("could not be verified: " + SignatureTool.FirstLine(find.StdErr))
                : SignatureVerdict.Refused("is signed by an SSH key that is not in agent.verify.allowed_signers");
        }

        var verify = await SignatureTool.RunAsync(
            "ssh-keygen", ["-Y", "verify", "-f", allowedSigners, "-I", principal, "-n", "git", "-s", files.SignatureFile], signature.SignedData, cancellationToken);
        return verify.Succeeded
            ? SignatureVerdict.SignedBy(principal)
            : SignatureVerdict.Refused("has a bad SSH signature: " + SignatureTool.FirstLine(verify.StdErr + verify.StdOut));
    }
}
