using Microsoft.AspNetCore.Http;
using Overlord.Client.Contract;
using Overlord.Runtime.Inspection;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// The log routes' answers over <see cref="LogTree"/>: a folder's tree of names (optionally narrowed, for the
/// tree route, to the files whose <c>a/b/file</c> path a filter accepts), and one log's text, read only inside
/// its folder (reference 13.8: the original let <c>..</c> and <c>%2F</c> read any file).
/// </summary>
internal static class LogFiles
{
    /// <summary><c>{date:{service:[files]}}</c> of Director's logs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ProjectLogs(string root, Func<string, bool>? include = null)
    {
        var tree = LogTree.ListProjectLogs(root);
        return include is null ? tree : Narrow(tree, "", (services, date) => Narrow(services, date, Files(include)));
    }

    /// <summary><c>{type:{entity:{subtype:[files]}}}</c> of AppJail's logs; empty without a folder.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> JailLogs(
        string? root, Func<string, bool>? include = null)
    {
        if (root is null)
        {
            return new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>>();
        }

        var tree = LogTree.ListAppJailLogs(root);
        return include is null
            ? tree
            : Narrow(tree, "", (entities, type) => Narrow(entities, type, (subtypes, entity) => Narrow(subtypes, entity, Files(include))));
    }

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
            LogReadStatus.Found => ApiAnswer.Ok(new LogContentResponse { LogContent = result.Content }),
            LogReadStatus.Refused => ApiAnswer.Message(StatusCodes.Status400BadRequest, result.Problem ?? ApiMessages.LogNotFound),
            _ => ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.LogNotFound),
        };
    }

    /// <summary>The files of one folder whose <c>a/b/file</c> path the filter accepts.</summary>
    private static Func<IReadOnlyList<string>, string, IReadOnlyList<string>> Files(Func<string, bool> include) =>
        (files, prefix) => [.. files.Where(file => include($"{prefix}{file}"))];

    /// <summary>One level of a log tree, each child narrowed under its <c>name/</c> path; children left empty are dropped.</summary>
    private static Dictionary<string, T> Narrow<T>(IReadOnlyDictionary<string, T> level, string prefix, Func<T, string, T> narrow)
        where T : System.Collections.IEnumerable
    {
        var kept = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (name, child) in level)
        {
            var narrowed = narrow(child, $"{prefix}{name}/");
            if (narrowed.Cast<object>().Any())
            {
                kept[name] = narrowed;
            }
        }

        return kept;
    }
}
