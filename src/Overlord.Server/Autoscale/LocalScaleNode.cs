using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core;
using Overlord.Core.Jails;
using Overlord.Server.Jobs;
using Overlord.Server.Local;
using Overlord.Server.Metadata;

namespace Overlord.Server.Autoscale;

/// <summary>This node as a place for a replica: read through its own readers, jobs put on its own queue.</summary>
internal sealed class LocalScaleNode(ProjectInfoReader projects, JailReader jails, JobQueue queue, MetadataStore metadata) : IScaleNode
{
    private const string Entrypoint = "this node";

    public string? Chain => null;

    public async Task<ApiResult<ProjectInfo>> GetProjectInfoAsync(string project, CancellationToken cancellationToken) =>
        await projects.ReadAsync(project, cancellationToken) is { } info
            ? Ok(info)
            : NotFound<ProjectInfo>(ApiMessages.ProjectNotFound(project));

    public async Task<ApiResult<IReadOnlyList<ProjectJob>>> GetProjectJobsAsync(string project, CancellationToken cancellationToken)
    {
        var jobs = await queue.ListAsync(project, cancellationToken);
        return Ok<IReadOnlyList<ProjectJob>>(jobs.Select(job => new ProjectJob
        {
            JobId = job.Id,
            Kind = JobColumnNames.Of(job.Kind),
            State = JobColumnNames.Of(job.State),
            Attempts = job.Attempts,
            Message = job.Message,
        }).ToList());
    }

    public async Task<ApiResult<bool>> JailExistsAsync(string jail, CancellationToken cancellationToken) => Ok(await jails.ExistsAsync(jail, cancellationToken));

    public async Task<ApiResult<IReadOnlyDictionary<string, string?>>> GetJailInfoAsync(string jail, CancellationToken cancellationToken) =>
        await jails.InfoAsync(jail, cancellationToken) is { } info ? Ok(info) : NotFound<IReadOnlyDictionary<string, string?>>(ApiMessages.JailNotFound(jail));

    public async Task<ApiResult<IReadOnlyList<IReadOnlyDictionary<string, string?>>>> GetHealthchecksAsync(string jail, CancellationToken cancellationToken) =>
        await jails.ItemAsync(jail, JailItem.Healthcheck, cancellationToken) is { } entries
            ? Ok(entries)
            : NotFound<IReadOnlyList<IReadOnlyDictionary<string, string?>>>(ApiMessages.JailNotFound(jail));

    public async Task<ApiResult<IReadOnlyDictionary<string, long>>> GetJailStatsAsync(string jail, CancellationToken cancellationToken) =>
        await jails.StatsAsync(jail, cancellationToken) is { } stats ? Ok(stats) : NotFound<IReadOnlyDictionary<string, long>>(ApiMessages.JailNotFound(jail));

    public async Task<ApiResult<IReadOnlyDictionary<string, long>>> GetStatsAsync(CancellationToken cancellationToken) =>
        Ok(await jails.TotalStatsAsync(cancellationToken));

    public async Task<ApiResult<string>> SetMetadataAsync(string key, string value, CancellationToken cancellationToken)
    {
        try
        {
            await metadata.SetAsync(key, value, cancellationToken);
            return Ok(ApiMessages.MetadataUpdated(key));
        }
        catch (OverlordException exception)
        {
            return new ApiResult<string> { Failure = ApiFailure.HttpStatus, StatusCode = 400, Message = exception.Message, Entrypoint = Entrypoint };
        }
    }

    public async Task<ApiResult<long>> UpProjectAsync(string project, ProjectUpRequest request, CancellationToken cancellationToken) =>
        Ok(await queue.EnqueueAsync(project, new UpJobPayload(request.DirectorFile, request.Environment, request.Restart, request.ReservePort), cancellationToken));

    public async Task<ApiResult<long>> DownProjectAsync(string project, ProjectDownRequest request, CancellationToken cancellationToken) =>
        Ok(await queue.EnqueueAsync(project, new DownJobPayload(request.Environment, request.Force), cancellationToken));

    public override string ToString() => Entrypoint;

    private static ApiResult<T> Ok<T>(T value) => new() { StatusCode = 200, Value = value, Entrypoint = Entrypoint };

    private static ApiResult<T> NotFound<T>(string message) =>
        new() { Failure = ApiFailure.HttpStatus, StatusCode = 404, Message = message, Entrypoint = Entrypoint };
}
