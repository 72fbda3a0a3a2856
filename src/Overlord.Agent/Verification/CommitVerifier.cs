using Overlord.Agent.Git;
using Overlord.Core.Config;

namespace Overlord.Agent.Verification;

/// <summary>
/// Decides whether a sync may apply its target under <c>agent.verify</c>: the target must be signed by an allowed
/// key, and with <c>every_commit</c> so must every commit since the last applied one (oldest first; the first bad one
/// is reported). Commits found good are remembered while the configuration and its key files stay the same, so a
/// sync held back by a bad commit does not check the good ones again at every poll.
/// </summary>
public sealed class CommitVerifier(GitRepository git)
{
    private const int MaxRemembered = 10_000;

    private readonly Dictionary<string, string> _trusted = new(StringComparer.Ordinal);
    private string? _stamp;

    /// <summary>Null when the target may be applied; otherwise the commit that stops it and why.</summary>
    public async Task<CommitRejection?> CheckAsync(VerifyConfig config, string? lastApplied, string target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        Remember(config);
        var commits = config.EveryCommit && lastApplied is not null && await git.CommitExistsAsync(lastApplied, cancellationToken)
            ? await git.CommitsSinceAsync(lastApplied, target, int.MaxValue, cancellationToken)
            : [];

        // A rollback to an ancestor has nothing since the last applied commit: the target itself is still checked.
        IEnumerable<string> ordered = commits.Contains(target) ? commits.Reverse() : [.. commits.Reverse(), target];
        foreach (var sha in ordered)
        {
            if (_trusted.ContainsKey(sha))
            {
                continue;
            }

            var check = await CheckOneAsync(config, sha, cancellationToken);
            if (!check.Trusted)
            {
                return new CommitRejection(sha, check.Problem!);
            }

            if (_trusted.Count >= MaxRemembered)
            {
                _trusted.Clear();
            }

            _trusted[sha] = check.Signer!;
        }

        return null;
    }

    private async Task<SignatureVerdict> CheckOneAsync(VerifyConfig config, string sha, CancellationToken cancellationToken)
    {
        if (await git.ReadSignatureAsync(sha, cancellationToken) is not { } signature)
        {
            return SignatureVerdict.Refused("is not signed (agent.verify requires a signature by an allowed key)");
        }

        return config.Mode == SignatureMode.Ssh
            ? await SshSignatureChecker.CheckAsync(signature, config.AllowedSigners!, cancellationToken)
            : await GpgSignatureChecker.CheckAsync(signature, config, cancellationToken);
    }

    /// <summary>Forgets the good commits when the configuration or a key file changed (a key removed must count at once).</summary>
    private void Remember(VerifyConfig config)
    {
        var stamp = string.Join(
            '|',
            config.Mode,
            config.EveryCommit,
            string.Join(',', config.Fingerprints),
            FileStamp(config.AllowedSigners),
            FileStamp(config.Keyring));
        if (stamp != _stamp)
        {
            _trusted.Clear();
            _stamp = stamp;
        }
    }

    private static string FileStamp(string? path)
    {
        if (path is null)
        {
            return "";
        }

        var file = new FileInfo(path);
        return file.Exists ? $"{path}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : path + ":missing";
    }
}
