using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Jails;

namespace Overlord.Server.Autoscale;

/// <summary>A node below this one, reached with this node's own chain client (the child's token, timeouts and retries).</summary>
internal sealed class ChainScaleNode(string chain, OverlordClient client) : IScaleNode
{
    public string? Chain => chain;

    public Task<ApiResult<ProjectInfo>> GetProjectInfoAsync(string project, CancellationToken cancellationToken) =>
        client.GetProjectInfoAsync(project, cancellationToken);

    public async Task<ApiResult<IReadOnlyList<ProjectJob>>> GetProjectJobsAsync(string project, CancellationToken cancellationToken)
    {
        var jobs = await client.GetProjectJobsAsync(project, cancellationToken);

        // A node of the original has no job route: it has no jobs to show.
        return jobs is { IsSuccess: false, StatusCode: 404 } ? jobs with { Failure = ApiFailure.None, Value = [] } : jobs;
    }

    public Task<ApiResult<bool>> JailExistsAsync(string jail, CancellationToken cancellationToken) => client.JailExistsAsync(jail, cancellationToken);

    public Task<ApiResult<IReadOnlyDictionary<string, string?>>> GetJailInfoAsync(string jail, CancellationToken cancellationToken) =>
        client.GetJailInfoAsync(jail, cancellationToken);

    public Task<ApiResult<IReadOnlyList<IReadOnlyDictionary<string, string?>>>> GetHealthchecksAsync(string jail, CancellationToken cancellationToken) =>
        client.GetJailItemAsync(jail, JailItem.Healthcheck, cancellationToken);

    public Task<ApiResult<IReadOnlyDictionary<string, long>>> GetJailStatsAsync(string jail, CancellationToken cancellationToken) =>
        client.GetJailStatsAsync(jail, cancellationToken);

    public Task<ApiResult<IReadOnlyDictionary<string, long>>> GetStatsAsync(CancellationToken cancellationToken) => client.GetStatsAsync(cancellationToken);

    public Task<ApiResult<string>> SetMetadataAsync(string key, string value, CancellationToken cancellationToken) =>
        client.SetMetadataAsync(key, value, cancellationToken);

    public Task<ApiResult<long>> UpProjectAsync(string project, ProjectUpRequest request, CancellationToken cancellationToken) =>
        client.UpProjectAsync(project, request, cancellationToken);

    public Task<ApiResult<long>> DownProjectAsync(string project, ProjectDownRequest request, CancellationToken cancellationToken) =>
        client.DownProjectAsync(project, request, cancellationToken);

    public override string ToString() => $"chain {chain}";
}
