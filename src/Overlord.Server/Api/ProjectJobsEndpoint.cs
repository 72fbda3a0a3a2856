using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Overlord.Client.Contract;
using Overlord.Core.Names;
using Overlord.Server.Jobs;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// <c>GET /v1/project/jobs/{p}[?limit=N]</c> (ours, not the original's): the project's latest jobs, oldest
/// first, each with its state and log lines, so <c>apply --wait</c> and <c>get-info</c> can follow a job to its end.
/// </summary>
internal static class ProjectJobsEndpoint
{
    public const int DefaultLimit = 20;
    public const int MaximumLimit = 200;

    public static async Task<ApiAnswer> GetAsync(
        string project, HttpRequest request, [FromServices] JobQueue queue, [FromServices] JobLog log, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        var limit = DefaultLimit;
        if (request.Query["limit"].FirstOrDefault() is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaximumLimit))
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.UnexpectedValue("limit"));
        }

        var jobs = await queue.ListAsync(project, cancellationToken);
        var list = new List<ProjectJob>();
        foreach (var job in jobs.Skip(Math.Max(0, jobs.Count - limit)))
        {
            list.Add(Describe(job, await log.ReadAsync(job.Id, cancellationToken)));
        }

        return ApiAnswer.Contract(StatusCodes.Status200OK, new ProjectJobsResponse { Jobs = list });
    }

    private static ProjectJob Describe(JobRecord job, IReadOnlyList<JobLogLine> lines) => new()
    {
        JobId = job.Id,
        Kind = JobColumnNames.Of(job.Kind),
        State = JobColumnNames.Of(job.State),
        Attempts = job.Attempts,
        CreatedAt = Time(job.CreatedAt),
        StartedAt = Time(job.StartedAt),
        FinishedAt = Time(job.FinishedAt),
        Message = job.Message,
        Log = [.. lines.Select(line => new ProjectJobLogLine { At = Time(line.At), Line = line.Line })],
    };

    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
