using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Jails;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Routes about jails and AppJail's logs.</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/jails</c>: the jail names.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> GetJailsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<JailsResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "jails"), response => response.Jails ?? [], cancellationToken);

    /// <summary><c>GET /v1/jails/logs</c>: AppJail's log files, type → entity → subtype → files.</summary>
    public Task<ApiResult<JailsLogsResponse>> GetJailsLogsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<JailsLogsResponse, JailsLogsResponse>(new ApiCall(HttpMethod.Get, "jails/logs"), response => response, cancellationToken);

    /// <summary><c>GET /v1/jail/log/{type}/{entity}/{subtype}/{log}</c>: one AppJail log's text.</summary>
    public Task<ApiResult<string>> GetJailLogAsync(string type, string entity, string subtype, string log, CancellationToken cancellationToken = default)
    {
        if (!NamePatterns.IsLogSegment(type) || !NamePatterns.IsLogSegment(entity) ||
            !NamePatterns.IsLogSegment(subtype) || !NamePatterns.IsLogSegment(log))
        {
            return Task.FromResult(Refused<string>($"{type}/{entity}/{subtype}/{log}", "log path"));
        }

        var route = $"jail/log/{Segment(type)}/{Segment(entity)}/{Segment(subtype)}/{Segment(log)}";
        return ReadJsonAsync<LogContentResponse, string>(new ApiCall(HttpMethod.Get, route), response => response.LogContent ?? "", cancellationToken);
    }

    /// <summary><c>GET /v1/jail/stats/{jail}</c>: the jail's rctl counters (empty until polled).</summary>
    public Task<ApiResult<IReadOnlyDictionary<string, long>>> GetJailStatsAsync(string jail, CancellationToken cancellationToken = default) =>
        NamePatterns.IsJail(jail)
            ? ReadJsonAsync<StatsResponse, IReadOnlyDictionary<string, long>>(
                new ApiCall(HttpMethod.Get, $"jail/stats/{jail}"), response => response.Stats ?? new Dictionary<string, long>(), cancellationToken)
            : Task.FromResult(Refused<IReadOnlyDictionary<string, long>>(jail, "jail name"));

    /// <summary><c>GET /v1/jail/info/{jail}</c>: AppJail's keywords of the jail (empty until polled).</summary>
    public Task<ApiResult<IReadOnlyDictionary<string, string?>>> GetJailInfoAsync(string jail, CancellationToken cancellationToken = default) =>
        NamePatterns.IsJail(jail)
            ? ReadJsonAsync<JailInfoResponse, IReadOnlyDictionary<string, string?>>(
                new ApiCall(HttpMethod.Get, $"jail/info/{jail}"), response => response.Info ?? new Dictionary<string, string?>(), cancellationToken)
            : Task.FromResult(Refused<IReadOnlyDictionary<string, string?>>(jail, "jail name"));

    /// <summary><c>HEAD /v1/jail/info/{jail}</c>: whether the node knows the jail.</summary>
    public Task<ApiResult<bool>> JailExistsAsync(string jail, CancellationToken cancellationToken = default) =>
        NamePatterns.IsJail(jail)
            ? ReadExistsAsync(new ApiCall(HttpMethod.Head, $"jail/info/{jail}"), cancellationToken)
            : Task.FromResult(Refused<bool>(jail, "jail name"));

    /// <summary><c>GET /v1/jail/cpuset/{jail}</c>: the jail's CPU list, whose <c>Cpuset</c> is null when the jail is not running.</summary>
    public Task<ApiResult<JailCpusetResponse>> GetJailCpusetAsync(string jail, CancellationToken cancellationToken = default) =>
        NamePatterns.IsJail(jail)
            ? ReadJsonAsync<JailCpusetResponse, JailCpusetResponse>(new ApiCall(HttpMethod.Get, $"jail/cpuset/{jail}"), response => response, cancellationToken)
            : Task.FromResult(Refused<JailCpusetResponse>(jail, "jail name"));

    /// <summary><c>GET /v1/jail/{item}/{jail}</c>: the jail's devfs rules, exposed ports, healthchecks ... (empty until polled).</summary>
    public Task<ApiResult<IReadOnlyList<IReadOnlyDictionary<string, string?>>>> GetJailItemAsync(
        string jail, JailItem item, CancellationToken cancellationToken = default)
    {
        if (!NamePatterns.IsJail(jail))
        {
            return Task.FromResult(Refused<IReadOnlyList<IReadOnlyDictionary<string, string?>>>(jail, "jail name"));
        }

        return ReadJsonAsync<JailItemsResponse, IReadOnlyList<IReadOnlyDictionary<string, string?>>>(
            new ApiCall(HttpMethod.Get, $"jail/{item.ToPath()}/{jail}"), response => response.EntriesOf(item), cancellationToken);
    }
}
