using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Results;

namespace Overlord.Agent.Api;

/// <summary>
/// The client of the agent's routes on a node (<c>overlord sync</c>, <c>agent-status</c>, <c>history</c>). It sends
/// through <see cref="OverlordClient"/>, so these calls have its headers, timeouts, retries and <c>cacert</c> trust.
/// </summary>
public sealed class AgentApiClient(OverlordClient client)
{
    public Task<Result<SyncOutcomeView>> SyncAsync(SyncRequestBody body, CancellationToken cancellationToken) =>
        SendAsync<SyncOutcomeView>(new ApiCall(HttpMethod.Post, "agent/sync", JsonSerializer.SerializeToUtf8Bytes(body, OverlordJson.Options.TypeInfo<SyncRequestBody>())), cancellationToken);

    public Task<Result<AgentStatusView>> GetStatusAsync(CancellationToken cancellationToken) =>
        SendAsync<AgentStatusView>(new ApiCall(HttpMethod.Get, "agent/status"), cancellationToken);

    public Task<Result<NotesHistoryView>> GetHistoryAsync(string? commit, string? spec, CancellationToken cancellationToken)
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

        var route = query.Count == 0 ? "agent/history" : "agent/history?" + string.Join('&', query);
        return SendAsync<NotesHistoryView>(new ApiCall(HttpMethod.Get, route), cancellationToken);
    }

    private async Task<Result<T>> SendAsync<T>(ApiCall call, CancellationToken cancellationToken)
        where T : class
    {
        var typeInfo = (JsonTypeInfo<T>)OverlordJson.Options.GetTypeInfo(typeof(T));
        var result = await client.SendJsonAsync(call, typeInfo, cancellationToken);
        return result.IsSuccess ? result.Value : result.ToError();
    }
}
