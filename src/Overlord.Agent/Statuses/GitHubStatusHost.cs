using Octokit;
using Octokit.Internal;
using Overlord.Client.Contract;
using Overlord.Core.Config;

namespace Overlord.Agent.Statuses;

/// <summary>
/// GitHub's commit statuses through Octokit. The configured API URL is used as it is, the way GitHub Enterprise's
/// <c>https://host/api/v3</c> is given, so Octokit adds nothing to it. The token is sent as a Bearer credential
/// and never logged.
/// </summary>
public sealed class GitHubStatusHost : ICommitStatusHost, IDisposable
{
    private const string Accepts = "application/vnd.github+json";

    // One page of 100, as GitHub lists newest first: older statuses of the context do not matter.
    private static readonly Dictionary<string, string> FirstPage = new() { ["per_page"] = "100" };

    private readonly HttpClientAdapter _adapter;
    private readonly Connection _connection;
    private readonly StatusRepository _repository;

    /// <param name="config">The API URL and token.</param>
    /// <param name="repository">The watched repository's owner and name.</param>
    /// <param name="handler">Makes the handler Octokit sends through (once); it is disposed with this host.</param>
    public GitHubStatusHost(CommitStatusConfig config, StatusRepository repository, Func<HttpMessageHandler> handler)
    {
        ArgumentNullException.ThrowIfNull(config);
        _repository = repository;
        _adapter = new HttpClientAdapter(handler);

        // A trailing slash, so Octokit's relative routes (repos/...) land under a path such as /api/v3.
        var baseAddress = new Uri(config.ApiUrl.TrimEnd('/') + "/");
        var credentials = new InMemoryCredentialStore(new Credentials(config.Token.Reveal(), AuthenticationType.Bearer));
        _connection = new Connection(new ProductHeaderValue("overlord-agent", "1"), baseAddress, credentials, _adapter, new GitHubStatusJson());
    }

    public async Task<StatusEntry?> LatestAsync(string sha, string context, CancellationToken cancellationToken)
    {
        IReadOnlyList<CommitStatusBody> statuses;
        try
        {
            // The connection rather than GitHubClient.Repository.Status: only it takes a cancellation token.
            var uri = ApiUrls.CommitStatuses(_repository.Owner, _repository.Name, sha);
            statuses = (await _connection.Get<List<CommitStatusBody>>(uri, FirstPage, Accepts, cancellationToken)).Body;
        }
        catch (ApiException)
        {
            return null;
        }

        // Newest by id: GitHub lists newest first, but the id says so whatever the order.
        var latest = statuses.Where(status => status.Context == context).MaxBy(status => status.Id);
        return latest is null ? null : new StatusEntry(latest.State ?? "", latest.Description ?? "", context);
    }

    public async Task CreateAsync(string sha, StatusEntry status, CancellationToken cancellationToken)
    {
        try
        {
            var uri = ApiUrls.CreateCommitStatus(_repository.Owner, _repository.Name, sha);
            var body = new CommitStatusBody(status.State, status.Description, status.Context);
            await _connection.Post<CommitStatusBody>(uri, body, Accepts, "application/json", new Dictionary<string, string>(), cancellationToken);
        }
        catch (ApiException exception)
        {
            throw new StatusRefusedException(exception.StatusCode);
        }
    }

    public void Dispose() => _adapter.Dispose();
}
