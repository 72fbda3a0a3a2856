using Overlord.Agent.Webhooks;

namespace Overlord.Agent.Statuses;

/// <summary>The owner and name of the watched repository, as a git host's REST API names it.</summary>
public sealed record StatusRepository(string Owner, string Name)
{
    /// <summary>The last two path segments of the repository's address (<c>https://host/owner/repo.git</c>).</summary>
    public static StatusRepository Parse(string repository)
    {
        var segments = RepositoryLocation.Parse(repository).Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            throw new ArgumentException($"'{repository}' does not name an owner/repository for commit statuses", nameof(repository));
        }

        return new StatusRepository(segments[^2], segments[^1]);
    }
}
