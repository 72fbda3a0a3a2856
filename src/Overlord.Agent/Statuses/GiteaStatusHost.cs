using System.Net.Http.Headers;
using System.Net.Http.Json;
using Overlord.Client.Contract;
using Overlord.Core.Config;

namespace Overlord.Agent.Statuses;

/// <summary>Gitea's commit statuses over plain REST (<c>/api/v1</c>, the <c>token</c> scheme): Octokit speaks only GitHub.</summary>
public sealed class GiteaStatusHost : ICommitStatusHost
{
    private readonly HttpClient _http;
    private readonly CommitStatusConfig _config;
    private readonly CommitStatusRoutes _routes;

    public GiteaStatusHost(HttpClient http, CommitStatusConfig config, StatusRepository repository)
    {
        _http = http;
        _config = config;
        _routes = new CommitStatusRoutes(config, repository);
    }

    public async Task<StatusEntry?> LatestAsync(string sha, string context, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, _routes.List(sha));
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var statuses = await response.Content.ReadFromJsonAsync(OverlordJson.Escaped.TypeInfo<List<CommitStatusBody>>(), cancellationToken) ?? [];

        // Newest by id: Gitea's order depends on its version.
        var latest = statuses.Where(status => status.Context == context).MaxBy(status => status.Id);
        return latest is null ? null : new StatusEntry(latest.State ?? "", latest.Description ?? "", context);
    }

    public async Task CreateAsync(string sha, StatusEntry status, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, _routes.Create(sha));
        request.Content = JsonContent.Create(new CommitStatusBody(status.State, status.Description, status.Context), OverlordJson.Escaped.TypeInfo<CommitStatusBody>());
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new StatusRefusedException(response.StatusCode);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("token", _config.Token.Reveal());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("overlord-agent", "1"));
        return request;
    }
}
