using Overlord.Agent.Webhooks;
using Overlord.Core.Config;

namespace Overlord.Agent.Statuses;

/// <summary>The REST routes of commit statuses for the watched repository: GitHub's and Gitea's differ only by prefix.</summary>
public sealed class CommitStatusRoutes
{
    private readonly string _repositoryRoute;

    public CommitStatusRoutes(CommitStatusConfig config, string repository)
    {
        var segments = RepositoryLocation.Parse(repository).Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            throw new ArgumentException($"'{repository}' does not name an owner/repository for commit statuses", nameof(repository));
        }

        var prefix = config.Provider == CommitStatusProvider.Gitea ? "/api/v1" : "";
        _repositoryRoute = $"{config.ApiUrl.TrimEnd('/')}{prefix}/repos/{Uri.EscapeDataString(segments[^2])}/{Uri.EscapeDataString(segments[^1])}";
    }

    /// <summary><c>POST</c>: a new status on a commit.</summary>
    public Uri Create(string sha) => new($"{_repositoryRoute}/statuses/{sha}");

    /// <summary><c>GET</c>: the statuses of a commit, every context.</summary>
    public Uri List(string sha) => new($"{_repositoryRoute}/commits/{sha}/statuses?per_page=100&limit=50");
}
