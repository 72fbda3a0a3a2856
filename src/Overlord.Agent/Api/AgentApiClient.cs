using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Overlord.Core;

namespace Overlord.Agent.Api;

/// <summary>
/// The client of the agent's routes on a node (<c>overlord sync</c>, <c>agent-status</c>, <c>history</c>). The token
/// goes in both <c>Authentication</c> (the original's header) and <c>Authorization</c>, as the node client sends it.
/// </summary>
public sealed class AgentApiClient
{
    private readonly HttpClient _http;
    private readonly Secret _token;

    /// <param name="http">Its BaseAddress is the node's entrypoint.</param>
    /// <param name="token">A token the node accepts.</param>
    public AgentApiClient(HttpClient http, Secret token)
    {
        _http = http;
        _token = token;
    }

    public Task<AgentApiResult<SyncOutcomeView>> SyncAsync(SyncRequestBody body, CancellationToken cancellationToken) =>
        SendAsync<SyncOutcomeView>(HttpMethod.Post, "v1/agent/sync", JsonContent.Create(body, options: AgentJson.Options), cancellationToken);

    public Task<AgentApiResult<AgentStatusView>> GetStatusAsync(CancellationToken cancellationToken) =>
        SendAsync<AgentStatusView>(HttpMethod.Get, "v1/agent/status", null, cancellationToken);

    public Task<AgentApiResult<NotesHistoryView>> GetHistoryAsync(string? commit, string? spec, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (commit is not null)
        {
            query.Add("commit=" + Uri.EscapeDataString(commit));
        }

        if (spec is not null)
        {
            query.Add("spec=" + Uri.EscapeDataString(spec));
        }

        var route = query.Count == 0 ? "v1/agent/history" : "v1/agent/history?" + string.Join('&', query);
        return SendAsync<NotesHistoryView>(HttpMethod.Get, route, null, cancellationToken);
    }

    private async Task<AgentApiResult<T>> SendAsync<T>(HttpMethod method, string route, HttpContent? content, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(method, route) { Content = content };
        request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + _token.Reveal());
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.Reveal());
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return new AgentApiResult<T>(null, (int)response.StatusCode, MessageOf(body) ?? $"HTTP {(int)response.StatusCode}");
            }

            var value = JsonSerializer.Deserialize<T>(body, AgentJson.Options);
            return new AgentApiResult<T>(value, (int)response.StatusCode, value is null ? "the node answered an empty body" : null);
        }
        catch (HttpRequestException exception)
        {
            return new AgentApiResult<T>(null, 0, $"cannot reach {_http.BaseAddress}: {exception.Message}");
        }
        catch (JsonException exception)
        {
            return new AgentApiResult<T>(null, 0, $"{_http.BaseAddress} answered something that is not the agent's JSON: {exception.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AgentApiResult<T>(null, 0, $"no answer from {_http.BaseAddress} in time");
        }
    }

    private static string? MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("message", out var message)
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
