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

    public static JsonObject Up(string project, string? chain, long jobId) =>
        new() { ["project"] = project, ["chain"] = chain, ["context"] = "up", ["response"] = jobId };

    public static JsonObject Down(string project, string? chain, bool force, long jobId) =>
        new() { ["project"] = project, ["chain"] = chain, ["force"] = force, ["context"] = "down", ["response"] = jobId };

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

    public static JsonObject CleanupDone(string project) =>
        new() { ["project"] = project, ["context"] = "destroy", ["response"] = "There are no more nodes to destroy the project." };
}
