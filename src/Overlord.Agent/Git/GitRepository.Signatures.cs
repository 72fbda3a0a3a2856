using LibGit2Sharp;

namespace Overlord.Agent.Git;

public sealed partial class GitRepository
{
    /// <summary>The signature of a commit and what it signs, or null for an unsigned commit.</summary>
    public Task<CommitSignature?> ReadSignatureAsync(string sha, CancellationToken cancellationToken)
    {
        RequireRevision(sha);
        return RunAsync(
            $"cat-file commit {sha}",
            repository =>
            {
                var commit = RequireCommit(repository, sha);
                return CommitSignatureReader.Read(repository.Info.Path, commit.Id.RawId);
            },
            cancellationToken);
    }

    /// <summary>
    /// The commits reachable from <paramref name="head"/> and not from <paramref name="since"/> (<c>git rev-list
    /// since..head</c>), newest first, at most <paramref name="maxCount"/>; just the head without <paramref name="since"/>.
    /// </summary>
    public Task<IReadOnlyList<string>> CommitsSinceAsync(string? since, string head, int maxCount, CancellationToken cancellationToken)
    {
        RequireRevision(head);
        if (since is not null)
        {
            RequireRevision(since);
        }

        return RunAsync<IReadOnlyList<string>>(
            since is null ? $"rev-parse {head}" : $"rev-list --max-count={maxCount} {since}..{head}",
            repository =>
            {
                var newest = RequireCommit(repository, head);
                if (since is null)
                {
                    return [newest.Sha];
                }

                var filter = new CommitFilter
                {
                    IncludeReachableFrom = newest,
                    ExcludeReachableFrom = RequireCommit(repository, since),
                    SortBy = CommitSortStrategies.Topological,
                };
                return repository.Commits.QueryBy(filter).Take(maxCount).Select(commit => commit.Sha).ToList();
            },
            cancellationToken);
    }
}
