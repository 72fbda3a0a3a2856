using System.Globalization;

namespace Overlord.Agent.Git;

public sealed partial class GitCli
{
    /// <summary>The full sha of a revision, or null when it does not resolve.</summary>
    public async Task<string?> RevParseAsync(string revision, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        var result = await RunAsync(["rev-parse", "--verify", "--quiet", revision], null, cancellationToken);
        if (result.Succeeded)
        {
            return result.StdOut.Trim();
        }

        // --quiet: an unknown revision exits 1 without a word; anything on stderr is a real failure.
        return result.ExitCode == 1 && result.StdErr.Length == 0
            ? null
            : throw Failure(["rev-parse", revision], result.ExitCode, result.StdErr);
    }

    public async Task<bool> CommitExistsAsync(string sha, CancellationToken cancellationToken) =>
        await RevParseAsync(sha + "^{commit}", cancellationToken) is not null;

    /// <summary>Whether <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> (a fast-forward, not a force push).</summary>
    public async Task<bool> IsAncestorAsync(string ancestor, string descendant, CancellationToken cancellationToken)
    {
        RequireRevision(ancestor);
        RequireRevision(descendant);
        string[] arguments = ["merge-base", "--is-ancestor", ancestor, descendant];
        var result = await RunAsync(arguments, null, cancellationToken);
        return result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => throw Failure(arguments, result.ExitCode, result.StdErr),
        };
    }

    /// <summary>Walks first-parent history from <paramref name="revision"/>, newest first (the mainline of a branch).</summary>
    public async Task<IReadOnlyList<GitCommitInfo>> FirstParentLogAsync(string revision, int maxCount, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        var output = await RunCheckedAsync(
            ["log", "--first-parent", "-z", "--no-color", $"--max-count={maxCount}", "--format=%H%x1f%P%x1f%ct%x1f%s", revision, "--"],
            cancellationToken);
        var commits = new List<GitCommitInfo>();
        foreach (var record in output.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\x1f');
            var parents = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var committedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(fields[2], CultureInfo.InvariantCulture));
            commits.Add(new GitCommitInfo(fields[0], parents, committedAt, fields[3]));
        }

        return commits;
    }
}
