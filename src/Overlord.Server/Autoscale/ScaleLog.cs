using System.Text.Json.Nodes;
using Overlord.Client;

namespace Overlord.Server.Autoscale;

/// <summary>
/// The entries of a project's autoscale log, shaped as the original's (<c>{project, chain, context, response}</c>,
/// or <c>{project, chain, exception: {type, message}}</c>), so get-info prints them alike.
/// </summary>
internal static class ScaleLog
{
    public static JsonObject Metadata(string project, string? chain, int length) =>
        new() { ["project"] = project, ["chain"] = chain, ["context"] = "metadata", ["length"] = length, ["response"] = null };

    /// <summary>An up that was queued; <c>response</c> is the node's answer, <c>{"status_code": 200, "job_id": N}</c>, as the original logged it.</summary>
    public static JsonObject Up(string project, string? chain, ApiResult<long> up) =>
        new() { ["project"] = project, ["chain"] = chain, ["context"] = "up", ["response"] = Answer(up) };

    /// <summary>
    /// A down that was queued. The original logged <c>force</c> only for the downs of a cleanup
    /// (<paramref name="cleanupForce"/>), not for a scale-down.
    /// </summary>
    public static JsonObject Down(string project, string? chain, bool? cleanupForce, ApiResult<long> down)
    {
        var entry = new JsonObject { ["project"] = project, ["chain"] = chain };
        if (cleanupForce is { } force)
        {
            entry["force"] = force;
        }

        entry["context"] = "down";
        entry["response"] = Answer(down);
        return entry;
    }

    /// <summary>A rule test on a replica: <paramref name="context"/> is rctl, economy or load-balancer; true means no pressure.</summary>
    public static JsonObject Test(string project, string? chain, string context, bool passes) =>
        new() { ["project"] = project, ["chain"] = chain, ["context"] = context, ["response"] = passes };

    public static JsonObject Exception(string project, string? chain, string type, string message) =>
        new() { ["project"] = project, ["chain"] = chain, ["exception"] = new JsonObject { ["type"] = type, ["message"] = message } };

    public static JsonObject Failure<T>(string project, string? chain, ApiResult<T> result) =>
        Exception(project, chain, result.Error?.Error ?? result.Failure.ToString(), result.Describe());

    /// <summary>An exception of the whole project (no chain): bad metadata, a cycle that ran out of time.</summary>
    public static JsonObject Exception(string type, string message) =>
        new() { ["exception"] = new JsonObject { ["type"] = type, ["message"] = message } };

    public static JsonObject Insufficient(string project, int good, long min) => new()
    {
        ["project"] = project,
        ["nodes"] = good,
        ["min"] = min,
        ["response"] = $"Insufficient nodes to replicate the project ({good}/{min})",
    };

    public static JsonObject CleanupKept(string project, int failures) => new()
    {
        ["project"] = project,
        ["fails"] = failures,
        ["context"] = "destroy",
        ["response"] = "metadata cannot be destroyed because there is a likelihood that a project has been deployed in a failed chain.",
    };

    /// <summary>The body of an up's or down's answer, as the API writes it: <c>status_code</c> first, then <c>job_id</c>.</summary>
    private static JsonObject Answer(ApiResult<long> result) => new() { ["status_code"] = result.StatusCode, ["job_id"] = result.Value };

    public static JsonObject CleanupDone(string project) =>
        new() { ["project"] = project, ["context"] = "destroy", ["response"] = "There are no more nodes to destroy the project." };
}
