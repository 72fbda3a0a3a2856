using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Overlord.Runtime.Inspection;

namespace Overlord.Server.Api;

/// <summary>
/// The log routes' answers over <see cref="LogTree"/>: a folder's tree of names (optionally narrowed, for the
/// tree route, to the files whose <c>a/b/file</c> path a filter accepts), and one log's text, read only inside
/// its folder (reference 13.8: the original let <c>..</c> and <c>%2F</c> read any file).
/// </summary>
internal static class LogFiles
{
    /// <summary><c>{date:{service:[files]}}</c> of Director's logs.</summary>
    public static JsonObject ProjectLogs(string root, Func<string, bool>? include = null) =>
        Narrow(ApiJson.ToNode(LogTree.ListProjectLogs(root)), include, "");

    /// <summary><c>{type:{entity:{subtype:[files]}}}</c> of AppJail's logs; empty without a folder.</summary>
    public static JsonObject JailLogs(string? root, Func<string, bool>? include = null) =>
        root is null ? [] : Narrow(ApiJson.ToNode(LogTree.ListAppJailLogs(root)), include, "");

    /// <summary><c>{"log_content":...}</c>, 404 <c>Log cannot be found.</c>, or 400 for a path that would leave the folder.</summary>
    public static async Task<ApiAnswer> ReadAsync(string? root, IReadOnlyList<string> segments, CancellationToken cancellationToken)
    {
        if (root is null)
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.LogNotFound);
        }

        var result = await LogTree.ReadAsync(root, segments, LogTree.DefaultMaxBytes, cancellationToken);
        return result.Status switch
        {
            LogReadStatus.Found => ApiAnswer.Ok("log_content", result.Content),
            LogReadStatus.Refused => ApiAnswer.Message(StatusCodes.Status400BadRequest, result.Problem ?? ApiMessages.LogNotFound),
            _ => ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.LogNotFound),
        };
    }

    private static JsonObject Narrow(JsonNode? tree, Func<string, bool>? include, string prefix)
    {
        var level = tree as JsonObject ?? [];
        if (include is null)
        {
            return level;
        }

        var kept = new JsonObject();
        foreach (var (name, child) in level.ToList())
        {
            JsonNode narrowed = child is JsonArray files
                ? new JsonArray([.. files.Select(file => file!.GetValue<string>()).Where(file => include($"{prefix}{name}/{file}")).Select(file => (JsonNode?)file)])
                : Narrow(child, include, $"{prefix}{name}/");
            if (narrowed is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
            {
                kept[name] = narrowed;
            }
        }

        return kept;
    }
}
