using LibGit2Sharp;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    /// <summary>The full sha of a revision, or null when it does not resolve.</summary>
    public Task<string?> RevParseAsync(string revision, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        return RunAsync($"rev-parse --verify {revision}", repository => repository.Lookup(revision)?.Sha, cancellationToken);
    }

    public async Task<bool> CommitExistsAsync(string sha, CancellationToken cancellationToken) =>
        await RevParseAsync(sha + "^{commit}", cancellationToken) is not null;

    /// <summary>Whether <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> (a fast-forward, not a force push).</summary>
    public Task<bool> IsAncestorAsync(string ancestor, string descendant, CancellationToken cancellationToken)
    {
        RequireRevision(ancestor);
        RequireRevision(descendant);
        return RunAsync(
            $"merge-base --is-ancestor {ancestor} {descendant}",
            repository =>
            {
                var older = RequireCommit(repository, ancestor);
                var newer = RequireCommit(repository, descendant);
                return older.Id == newer.Id || repository.ObjectDatabase.FindMergeBase(older, newer)?.Id == older.Id;
            },
            cancellationToken);
    }

    /// <summary>Walks first-parent history from <paramref name="revision"/>, newest first (the mainline of a branch).</summary>
    public Task<IReadOnlyList<GitCommitInfo>> FirstParentLogAsync(string revision, int maxCount, CancellationToken cancellationToken)
    {
        RequireRevision(revision);
        return RunAsync<IReadOnlyList<GitCommitInfo>>(
            $"log --first-parent --max-count={maxCount} {revision}",
            repository => FirstParents(RequireCommit(repository, revision), maxCount)
                .Select(commit => new GitCommitInfo(commit.Sha, [.. commit.Parents.Select(parent => parent.Sha)], commit.Committer.When, commit.MessageShort))
                .ToList(),
            cancellationToken);
    }

    private static IEnumerable<Commit> FirstParents(Commit start, int maxCount)
    {
        for (var (commit, count) = (start, 0); commit is not null && count < maxCount; commit = commit.Parents.FirstOrDefault(), count++)
        {
            yield return commit;
        }
    }

    // The commit a revision names (a tag is peeled); an unknown revision is an error, as for git log.
    private static Commit RequireCommit(Repository repository, string revision) =>
        repository.Lookup<Commit>(revision + "^{commit}")
            ?? throw new NotFoundException($"unknown revision '{revision}'");
}
