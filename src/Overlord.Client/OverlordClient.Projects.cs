using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Routes about projects: listing, info, logs, and the up/down/cancel jobs.</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/projects</c>: the project names.</summary>
    public Task<ApiResult<IReadOnlyList<string>>> GetProjectsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<ProjectsResponse, IReadOnlyList<string>>(new ApiCall(HttpMethod.Get, "projects"), response => response.Projects ?? [], cancellationToken);

    /// <summary><c>GET /v1/projects/logs</c>: Director's log files, date → service → files.</summary>
    public Task<ApiResult<ProjectsLogsResponse>> GetProjectsLogsAsync(CancellationToken cancellationToken = default) =>
        ReadJsonAsync<ProjectsLogsResponse, ProjectsLogsResponse>(new ApiCall(HttpMethod.Get, "projects/logs"), response => response, cancellationToken);

    /// <summary><c>GET /v1/projects/log/{date}/{service}/{log}</c>: one Director log's text.</summary>
    public Task<ApiResult<string>> GetProjectLogAsync(string date, string service, string log, CancellationToken cancellationToken = default)
    {
        if (!NamePatterns.IsLogSegment(date) || !NamePatterns.IsLogSegment(service) || !NamePatterns.IsLogSegment(log))
        {
            return Task.FromResult(Refused<string>($"{date}/{service}/{log}", "log path"));
        }

        var route = $"projects/log/{Segment(date)}/{Segment(service)}/{Segment(log)}";
        return ReadJsonAsync<LogContentResponse, string>(new ApiCall(HttpMethod.Get, route), response => response.LogContent ?? "", cancellationToken);
    }

    /// <summary><c>GET /v1/project/info/{p}</c>: Director's description plus the last up/down status; 404 when unknown.</summary>
    public Task<ApiResult<ProjectInfo>> GetProjectInfoAsync(string project, CancellationToken cancellationToken = default) =>
        NamePatterns.IsProject(project)
            ? ReadJsonAsync<ProjectInfoResponse, ProjectInfo>(new ApiCall(HttpMethod.Get, $"project/info/{project}"), response => response.Info ?? new ProjectInfo(), cancellationToken)
            : Task.FromResult(Refused<ProjectInfo>(project, "project name"));

    /// <summary><c>HEAD /v1/project/info/{p}</c>: whether the node has the project.</summary>
    public Task<ApiResult<bool>> ProjectExistsAsync(string project, CancellationToken cancellationToken = default) =>
        NamePatterns.IsProject(project)
            ? ReadExistsAsync(new ApiCall(HttpMethod.Head, $"project/info/{project}"), cancellationToken)
            : Task.FromResult(Refused<bool>(project, "project name"));

    /// <summary><c>POST /v1/project/up/{p}</c>: queues the creation (or restart) of a project; the value is the job id.</summary>
    public Task<ApiResult<long>> UpProjectAsync(string project, ProjectUpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PostJobAsync(project, "up", Json(request), cancellationToken);
    }

    /// <summary><c>POST /v1/project/down/{p}</c>: queues the destruction of a project; the value is the job id.</summary>
    public Task<ApiResult<long>> DownProjectAsync(string project, ProjectDownRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PostJobAsync(project, "down", Json(request), cancellationToken);
    }

    /// <summary><c>POST /v1/project/cancel/{p}</c>: asks Director to stop a running up; the value is the job id.</summary>
    public Task<ApiResult<long>> CancelProjectAsync(string project, CancellationToken cancellationToken = default) =>
        PostJobAsync(project, "cancel", null, cancellationToken);

    /// <summary><c>GET /v1/project/autoscale/{p}</c>: the autoscaler's status of the project; 404 when none.</summary>
    public Task<ApiResult<AutoscaleStatus>> GetAutoscaleStatusAsync(string project, CancellationToken cancellationToken = default) =>
        NamePatterns.IsProject(project)
            ? ReadJsonAsync<AutoscaleStatusResponse, AutoscaleStatus>(
                new ApiCall(HttpMethod.Get, $"project/autoscale/{project}"), response => response.Status ?? new AutoscaleStatus(), cancellationToken)
            : Task.FromResult(Refused<AutoscaleStatus>(project, "project name"));

    private Task<ApiResult<long>> PostJobAsync(string project, string action, byte[]? body, CancellationToken cancellationToken) =>
        NamePatterns.IsProject(project)
            ? ReadJobAsync(new ApiCall(HttpMethod.Post, $"project/{action}/{project}", body), cancellationToken)
            : Task.FromResult(Refused<long>(project, "project name"));

    private async Task<ApiResult<long>> ReadJobAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var result = await ReadJsonAsync<JobResponse, long?>(call, response => response.JobId, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.AsFailure<long>();
        }

        return result.Value is { } jobId
            ? Succeeded(result.StatusCode, jobId)
            : Result<long>(ApiFailure.InvalidResponse, result.StatusCode, $"{Where} accepted /{call.Route} but sent no job_id.");
    }
}
