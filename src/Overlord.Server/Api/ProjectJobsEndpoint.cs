using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Overlord.Client;
using Overlord.Server.Jobs;

namespace Overlord.Server.Api;

/// <summary>
/// <c>GET /v1/project/jobs/{p}[?limit=N]</c> (ours, not the original's): the project's latest jobs, oldest
/// first, each with its state and log lines, so <c>apply --wait</c> and <c>get-info</c> can follow a job to its end.
/// </summary>
internal static class ProjectJobsEndpoint
{
    public const int DefaultLimit = 20;
    public const int MaximumLimit = 200;

    public static async Task<ApiAnswer> GetAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var project = context.RouteValue("project");
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        var limit = DefaultLimit;
        if (context.Request.Query["limit"].FirstOrDefault() is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaximumLimit))
        {
            return ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.UnexpectedValue("limit"));
        }

        var jobs = await context.Service<JobQueue>().ListAsync(project, cancellationToken);
        var log = context.Service<JobLog>();
        var list = new JsonArray();
        foreach (var job in jobs.Skip(Math.Max(0, jobs.Count - limit)))
        {
            list.Add(Describe(job, await log.ReadAsync(job.Id, cancellationToken)));
        }

        return ApiAnswer.Ok("jobs", list);
    }

    private static JsonObject Describe(JobRecord job, IReadOnlyList<JobLogLine> lines) => new()
    {
        ["job_id"] = job.Id,
        ["kind"] = JobColumnNames.Of(job.Kind),
        ["state"] = JobColumnNames.Of(job.State),
        ["attempts"] = job.Attempts,
        ["created_at"] = Time(job.CreatedAt),
        ["started_at"] = Time(job.StartedAt),
        ["finished_at"] = Time(job.FinishedAt),
        ["message"] = job.Message,
        ["log"] = new JsonArray([.. lines.Select(line => (JsonNode?)new JsonObject { ["at"] = Time(line.At), ["line"] = line.Line })]),
    };

    private static string? Time(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
