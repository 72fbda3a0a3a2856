namespace Overlord.Agent.Webhooks;

/// <summary>Decides whether a webhook's repository is the one the agent watches (a URL, a local path or scp-like).</summary>
public sealed class RepositoryMatcher
{
    private readonly RepositoryLocation _watched;

    public RepositoryMatcher(string watchedRepository)
    {
        _watched = RepositoryLocation.Parse(watchedRepository);
    }

    public bool Matches(WebhookRepository repository) =>
        repository.Urls.Any(url => RepositoryLocation.Parse(url).SameAs(_watched))
        || (repository.FullName is { } fullName && _watched.IsNamed(fullName));

    public bool Matches(string address) => RepositoryLocation.Parse(address).SameAs(_watched);
}
