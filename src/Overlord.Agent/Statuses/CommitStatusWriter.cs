using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;

namespace Overlord.Agent.Statuses;

/// <summary>
/// Posts a commit status per spec (context <c>overlord/&lt;spec&gt;</c>) on GitHub or Gitea over plain REST. Reads the
/// latest status of the context first and skips when state and description are unchanged; descriptions are cut to
/// 140 characters (GitHub answers 422 beyond). A failure is logged and never fails the sync.
/// </summary>
public sealed class CommitStatusWriter
{
    public const int MaxDescriptionLength = 140;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private readonly HttpClient _http;
    private readonly CommitStatusConfig _config;
    private readonly CommitStatusRoutes _routes;
    private readonly ILogger<CommitStatusWriter> _logger;

    public CommitStatusWriter(HttpClient http, CommitStatusConfig config, string repository, ILogger<CommitStatusWriter> logger)
    {
        _http = http;
        _config = config;
        _routes = new CommitStatusRoutes(config, repository);
        _logger = logger;
    }

    public static string ContextOf(string specPath) => "overlord/" + specPath;

    /// <summary>Posts the status unless the context already has this state and description. True when it was posted.</summary>
    public async Task<bool> PostAsync(string sha, string context, CommitState state, string description, CancellationToken cancellationToken)
    {
        var text = description.Length <= MaxDescriptionLength ? description : description[..(MaxDescriptionLength - 3)] + "...";
        var stateText = state.ToString().ToLowerInvariant();
        try
        {
            var latest = await LatestAsync(sha, context, cancellationToken);
            if (latest is not null && latest.State == stateText && latest.Description == text)
            {
                return false;
            }

            using var request = Request(HttpMethod.Post, _routes.Create(sha));
            request.Content = JsonContent.Create(new StatusBody(stateText, text, context), options: Json);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("Commit status {Context} on {Revision} refused with HTTP {StatusCode}", context, sha, (int)response.StatusCode);
                return false;
            }

            return true;
        }
        catch (HttpRequestException exception)
        {
            _logger.LogWarning(exception, "Commit status {Context} on {Revision} could not be posted", context, sha);
            return false;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Commit status {Context} on {Revision} timed out", context, sha);
            return false;
        }
    }

    private async Task<StatusBody?> LatestAsync(string sha, string context, CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Get, _routes.List(sha));
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var statuses = await response.Content.ReadFromJsonAsync<List<StatusBody>>(Json, cancellationToken) ?? [];

        // Newest by id: GitHub lists newest first, Gitea's order depends on its version.
        return statuses.Where(status => status.Context == context).MaxBy(status => status.Id);
    }

    private HttpRequestMessage Request(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        var scheme = _config.Provider == CommitStatusProvider.Gitea ? "token" : "Bearer";
        request.Headers.Authorization = new AuthenticationHeaderValue(scheme, _config.Token.Reveal());
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("overlord-agent", "1"));
        return request;
    }

    private sealed record StatusBody(string? State, string? Description, string? Context)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public long Id { get; init; }
    }
}
