using Microsoft.AspNetCore.Http;
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
        v1.Map("projects", ApiRoutes.Get, async (context, token) =>
            ApiAnswer.Ok(new ProjectsResponse { Projects = await context.Service<IRuntime>().ListProjectsAsync(token) }));
        v1.Map("projects/logs", ApiRoutes.Get, (context, _) =>
            ApiRoutes.Answer(ApiAnswer.Ok(new ProjectsLogsResponse { Logs = LogFiles.ProjectLogs(context.Service<IRuntime>().ProjectLogsDirectory) })));
        v1.Map("projects/log/{date}/{service}/{log}", ApiRoutes.Get, LogAsync);
        v1.Map("project/info/{project}", ApiRoutes.GetHead, InfoAsync);
        v1.Map("project/up/{project}", ApiRoutes.Post, (context, token) => EnqueueAsync(context, ProjectBodies.Up, token));
        v1.Map("project/down/{project}", ApiRoutes.Post, (context, token) => EnqueueAsync(context, ProjectBodies.Down, token));
        v1.Map("project/cancel/{project}", ApiRoutes.Post, (context, token) => EnqueueAsync(context, _ => new CancelJobPayload(), token));
        v1.Map("project/jobs/{project}", ApiRoutes.Get, ProjectJobsEndpoint.GetAsync);
        v1.Map("project/autoscale/{project}", ApiRoutes.Get, AutoscaleEndpoint.GetAsync);
    }

    private static async Task<ApiAnswer> InfoAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var project = context.RouteValue("project");
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        if (context.IsHead())
        {
            var exists = await context.Service<IRuntime>().ExistsAsync(project, cancellationToken);
            return ApiAnswer.Status(exists ? StatusCodes.Status200OK : StatusCodes.Status404NotFound);
        }

        return await context.Service<ProjectInfoReader>().ReadAsync(project, cancellationToken) is { } info
            ? ApiAnswer.Contract(StatusCodes.Status200OK, new ProjectInfoResponse { Info = info })
            : ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.ProjectNotFound(project));
    }

    private static async Task<ApiAnswer> EnqueueAsync(HttpContext context, Func<RequestBody, JobPayload?> read, CancellationToken cancellationToken)
    {
        var project = context.RouteValue("project");
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        // The node keeps a folder by the project's name: a longer name would fail in the job, with a path of the node.
        if (project.Length > MaxProjectNameLength)
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.ProjectNameTooLong(project.Length, MaxProjectNameLength));
        }

        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        var payload = body.Error is null ? read(body) : null;
        if (body.Error is { } refused)
        {
            return refused;
        }

        var jobId = await context.Service<JobQueue>().EnqueueAsync(project, payload!, cancellationToken);
        return ApiAnswer.Ok(new JobResponse { JobId = jobId });
    }

    private static Task<ApiAnswer> LogAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (date, service, log) = (context.RouteValue("date"), context.RouteValue("service"), context.RouteValue("log"));
        if (!LogTree.IsDirectorLogName(date, service, log))
        {
            return ApiRoutes.Answer(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound));
        }

        return LogFiles.ReadAsync(context.Service<IRuntime>().ProjectLogsDirectory, [date, service, log], cancellationToken);
    }
}
