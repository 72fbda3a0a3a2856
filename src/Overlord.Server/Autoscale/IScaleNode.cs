using Overlord.Client;
using Overlord.Client.Contract;

namespace Overlord.Server.Autoscale;

/// <summary>
/// A node the autoscaler may place a replica on: this node itself (<see cref="LocalScaleNode"/>, through its
/// own services and job queue) or one below it (<see cref="ChainScaleNode"/>, through the chain API). Both
/// answer as the API does, failures as values.
/// </summary>
internal interface IScaleNode
{
    /// <summary>The chain path from this node, or null for this node itself.</summary>
    string? Chain { get; }

    /// <summary>The project's info; a failure with status 404 when the node knows nothing of it.</summary>
    Task<ApiResult<ProjectInfo>> GetProjectInfoAsync(string project, CancellationToken cancellationToken);

    /// <summary>The project's latest jobs, oldest first (empty from a node of the original, which has no such route).</summary>
    Task<ApiResult<IReadOnlyList<ProjectJob>>> GetProjectJobsAsync(string project, CancellationToken cancellationToken);

    Task<ApiResult<bool>> JailExistsAsync(string jail, CancellationToken cancellationToken);

    Task<ApiResult<IReadOnlyDictionary<string, string?>>> GetJailInfoAsync(string jail, CancellationToken cancellationToken);

    Task<ApiResult<IReadOnlyList<IReadOnlyDictionary<string, string?>>>> GetHealthchecksAsync(string jail, CancellationToken cancellationToken);

    Task<ApiResult<IReadOnlyDictionary<string, long>>> GetJailStatsAsync(string jail, CancellationToken cancellationToken);

    /// <summary>Every rctl counter summed over the node's jails.</summary>
    Task<ApiResult<IReadOnlyDictionary<string, long>>> GetStatsAsync(CancellationToken cancellationToken);

    Task<ApiResult<string>> SetMetadataAsync(string key, string value, CancellationToken cancellationToken);

    /// <summary>Queues an up; the value is the job id.</summary>
    Task<ApiResult<long>> UpProjectAsync(string project, ProjectUpRequest request, CancellationToken cancellationToken);

    /// <summary>Queues a down; the value is the job id.</summary>
    Task<ApiResult<long>> DownProjectAsync(string project, ProjectDownRequest request, CancellationToken cancellationToken);
}
