using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Our job route (not the original's): where a queued job stands.</summary>
public sealed partial class OverlordClient
{
    /// <summary>
    /// <c>GET /v1/project/jobs/{p}</c>: the project's latest jobs, oldest first. A node of the original has no
    /// such route and answers 404 <c>Resource not found.</c>
    /// </summary>
    public Task<ApiResult<IReadOnlyList<ProjectJob>>> GetProjectJobsAsync(string project, CancellationToken cancellationToken = default) =>
        NamePatterns.IsProject(project)
            ? ReadJsonAsync<ProjectJobsResponse, IReadOnlyList<ProjectJob>>(
                new ApiCall(HttpMethod.Get, $"project/jobs/{project}"), response => response.Jobs ?? [], cancellationToken)
            : Task.FromResult(Refused<IReadOnlyList<ProjectJob>>(project, "project name"));
}
