using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Core.Names;
using Overlord.Runtime;
using Overlord.Runtime.Inspection;
using Overlord.Server.Jobs;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// The project routes (reference 2.2): list, Director logs, info, and up/down/cancel, which answer
/// <c>{"job_id":N}</c> once the job's row is committed, and the autoscaler's status.
/// </summary>
internal static class ProjectEndpoints
{
    /// <summary>The longest file name of FreeBSD and Linux (NAME_MAX); the original set no limit of its own.</summary>
    public const int MaxProjectNameLength = 255;

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("projects", async ([FromServices] IRuntime runtime, CancellationToken cancellationToken) =>
            ApiAnswer.Ok(new ProjectsResponse { Projects = await runtime.ListProjectsAsync(cancellationToken) }));
        v1.MapGet("projects/logs", ([FromServices] IRuntime runtime) => ApiAnswer.Ok(new ProjectsLogsResponse { Logs = LogFiles.ProjectLogs(runtime.ProjectLogsDirectory) }));
        v1.MapGet("projects/log/{date}/{service}/{log}", LogAsync);
        v1.MapMethods("project/info/{project}", ApiRoutes.GetHead, InfoAsync);
        v1.MapPost("project/up/{project}", (string project, HttpRequest request, [FromServices] JobQueue queue, CancellationToken cancellationToken) =>
            EnqueueAsync(project, request, queue, ProjectBodies.Up, cancellationToken));
        v1.MapPost("project/down/{project}", (string project, HttpRequest request, [FromServices] JobQueue queue, CancellationToken cancellationToken) =>
            EnqueueAsync(project, request, queue, ProjectBodies.Down, cancellationToken));
        v1.MapPost("project/cancel/{project}", (string project, HttpRequest request, [FromServices] JobQueue queue, CancellationToken cancellationToken) =>
            EnqueueAsync(project, request, queue, _ => new CancelJobPayload(), cancellationToken));
        v1.MapGet("project/jobs/{project}", ProjectJobsEndpoint.GetAsync);
        v1.MapGet("project/autoscale/{project}", AutoscaleEndpoint.GetAsync);
    }

    private static async Task<ApiAnswer> InfoAsync(
        string project, HttpRequest request, [FromServices] IRuntime runtime, [FromServices] ProjectInfoReader infoReader, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        if (HttpMethods.IsHead(request.Method))
        {
            var exists = await runtime.ExistsAsync(project, cancellationToken);
            return ApiAnswer.Status(exists ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await infoReader.ReadAsync(project, cancellationToken) is { } info
            ? ApiAnswer.Contract(StatusCodes.Status200OK, new ProjectInfoResponse { Info = info })
            : ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.ProjectNotFound(project));
    }

    private static async Task<ApiAnswer> EnqueueAsync(string project, HttpRequest request, JobQueue queue, Func<RequestBody, JobPayload?> read, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        // The node keeps a folder by the project's name: a longer name would fail in the job, with a path of the node.
        if (project.Length > MaxProjectNameLength)
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.ProjectNameTooLong(project.Length, MaxProjectNameLength));
        }

        var body = await RequestBody.ReadAsync(request, cancellationToken);
        var payload = body.Error is null ? read(body) : null;
        if (body.Error is { } refused)
        {
            return refused;
        }

        var jobId = await queue.EnqueueAsync(project, payload!, cancellationToken);
        return ApiAnswer.Ok(new JobResponse { JobId = jobId });
    }

    private static Task<ApiAnswer> LogAsync(string date, string service, string log, [FromServices] IRuntime runtime, CancellationToken cancellationToken)
    {
        if (!LogTree.IsDirectorLogName(date, service, log))
        {
            return Task.FromResult(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound));
        }

        return LogFiles.ReadAsync(runtime.ProjectLogsDirectory, [date, service, log], cancellationToken);
    }
}
