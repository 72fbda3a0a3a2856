using Overlord.Core.Config;

namespace Overlord.Agent.Statuses;

/// <summary>The REST routes of Gitea's commit statuses for the watched repository (GitHub's go through Octokit).</summary>
public sealed class CommitStatusRoutes
{
    private readonly string _repositoryRoute;

    public CommitStatusRoutes(CommitStatusConfig config, StatusRepository repository)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(repository);
        _repositoryRoute = $"{config.ApiUrl.TrimEnd('/')}/api/v1/repos/{Uri.EscapeDataString(repository.Owner)}/{Uri.EscapeDataString(repository.Name)}";
    }

    /// <summary><c>POST</c>: a new status on a commit.</summary>
    public Uri Create(string sha) => new($"{_repositoryRoute}/statuses/{sha}");

    /// <summary><c>GET</c>: the statuses of a commit, every context.</summary>
    public Uri List(string sha) => new($"{_repositoryRoute}/commits/{sha}/statuses?per_page=100&limit=50");
}
