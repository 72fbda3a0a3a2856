using Overlord.Client.Contract;
using Overlord.Client.Http;

namespace Overlord.Client;

/// <summary>Routes about the node itself: ping, labels, chains, stats.</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/ping</c>: the node's status text, "OK".</summary>
    public Task<ApiResult<string>> PingAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<PingResponse, string>(new ApiCall(HttpMethod.Get, "ping"), response => response.Status ?? "OK", cancellationToken);

    /// <summary><c>GET /v1/labels</c>: the node's labels.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> GetLabelsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<LabelsResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "labels"), response => response.Labels ?? [], cancellationToken);

    /// <summary><c>GET /v1/chains</c>: the node's enabled children.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> GetChainsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<ChainsResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "chains"), response => response.Chains ?? [], cancellationToken);

    /// <summary><c>GET /v1/stats</c>: every rctl counter summed over the node's jails.</summary>
    public Task<ApiResult<IReadOnlyDictionary<string, long>>> GetStatsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<StatsResponse, IReadOnlyDictionary<string, long>>(
            new ApiCall(HttpMethod.Get, "stats"), response => response.Stats ?? new Dictionary<string, long>(), cancellationToken);
}
