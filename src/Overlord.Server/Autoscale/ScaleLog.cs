using System.Text.Json;
using Overlord.Client;
using Overlord.Client.Contract;

namespace Overlord.Server.Autoscale;

/// <summary>
/// The entries of a project's autoscale log, shaped as the original's (<c>{project, chain, context, response}</c>,
/// or <c>{project, chain, exception: {type, message}}</c>), so get-info prints them alike. Each is kept as the
/// element its contract record writes, since the log mixes shapes and is stored as it is shown.
/// </summary>
internal static class ScaleLog
{
    public static JsonElement Metadata(string project, string? chain, int length) =>
        Write(new ScaleMetadataLog { Project = project, Chain = chain, Length = length });

    /// <summary>An up that was queued; <c>response</c> is the node's answer, <c>{"status_code": 200, "job_id": N}</c>, as the original logged it.</summary>
    public static JsonElement Up(string project, string? chain, ApiResult<long> up) =>
        Write(new ScaleJobLog { Project = project, Chain = chain, Context = "up", Response = Answer(up) });

    /// <summary>
    /// A down that was queued. The original logged <c>force</c> only for the downs of a cleanup
    /// (<paramref name="cleanupForce"/>), not for a scale-down.
    /// </summary>
    public static JsonElement Down(string project, string? chain, bool? cleanupForce, ApiResult<long> down) =>
        Write(new ScaleJobLog { Project = project, Chain = chain, Force = cleanupForce, Context = "down", Response = Answer(down) });

    /// <summary>A rule test on a replica: <paramref name="context"/> is rctl, economy or load-balancer; true means no pressure.</summary>
    public static JsonElement Test(string project, string? chain, string context, bool passes) =>
        Write(new ScaleTestLog { Project = project, Chain = chain, Context = context, Response = passes });

    public static JsonElement Exception(string project, string? chain, string type, string message) =>
        Write(new ScaleExceptionLog { Project = project, Chain = chain, Exception = new ExceptionInfo { Type = type, Message = message } });

    public static JsonElement Failure<T>(string project, string? chain, ApiResult<T> result) =>
        Exception(project, chain, result.Error?.Error ?? result.Failure.ToString(), result.Describe());

    /// <summary>An exception of the whole project (no chain): bad metadata, a cycle that ran out of time.</summary>
    public static JsonElement Exception(string type, string message) =>
        Write(new ScaleProjectExceptionLog { Exception = new ExceptionInfo { Type = type, Message = message } });

    public static JsonElement Insufficient(string project, int good, long min) => Write(new ScaleInsufficientLog
    {
        Project = project,
        Nodes = good,
        Min = min,
        Response = $"Insufficient nodes to replicate the project ({good}/{min})",
    });

    public static JsonElement CleanupKept(string project, int failures) => Write(new ScaleCleanupLog
    {
        Project = project,
        Fails = failures,
        Response = "metadata cannot be destroyed because there is a likelihood that a project has been deployed in a failed chain.",
    });

    public static JsonElement CleanupDone(string project) =>
        Write(new ScaleCleanupLog { Project = project, Response = "There are no more nodes to destroy the project." });

    private static ScaleJobAnswer Answer(ApiResult<long> result) => new() { StatusCode = result.StatusCode, JobId = result.Value };

    private static JsonElement Write<T>(T entry) => JsonSerializer.SerializeToElement(entry, OverlordJson.Options.TypeInfo<T>());
}
