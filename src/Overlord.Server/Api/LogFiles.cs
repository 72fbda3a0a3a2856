using System.Text.Json.Nodes;
using Overlord.Client;

namespace Overlord.Server.Api;

/// <summary>
/// The log routes' view of a log folder: its tree of names, and one log's text. Every segment of a requested
/// log is checked and the resolved path must stay inside the folder: the original joined URL-decoded segments,
/// so <c>..</c> or <c>%2F</c> could read any file (reference 13.8).
/// </summary>
internal static class LogFiles
{
    /// <summary>
    /// Folders <paramref name="levels"/> deep, then the file names: <c>{date:{service:[files]}}</c> for two
    /// levels. Plain files above the last level (Director's <c>exception.log</c>) are skipped. With
    /// <paramref name="include"/>, only files whose <c>a/b/file</c> path it accepts are kept.
    /// </summary>
    public static JsonObject Tree(string root, int levels, Func<string, bool>? include = null) =>
        Directory.Exists(root) ? Level(root, "", levels, include) : [];

    /// <summary>The log's text, ANSI escapes stripped; null when it does not exist or lies outside the folder.</summary>
    public static async Task<string?> ReadAsync(string root, IReadOnlyList<string> segments, CancellationToken cancellationToken)
    {
        if (segments.Any(segment => !NamePatterns.IsLogSegment(segment)))
        {
            return null;
        }

        var basePath = Path.GetFullPath(root);
        var full = Path.GetFullPath(Path.Combine([basePath, .. segments]));
        if (!full.StartsWith(basePath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !File.Exists(full))
        {
            return null;
        }

        return AnsiText.Strip(await File.ReadAllTextAsync(full, cancellationToken));
    }

    private static JsonObject Level(string folder, string prefix, int levels, Func<string, bool>? include)
    {
        var level = new JsonObject();
        foreach (var child in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            var path = prefix + name + "/";
            JsonNode node = levels > 1 ? Level(child, path, levels - 1, include) : Files(child, path, include);
            if (include is null || node is JsonObject { Count: > 0 } or JsonArray { Count: > 0 })
            {
                level[name] = node;
            }
        }

        return level;
    }

    private static JsonArray Files(string folder, string prefix, Func<string, bool>? include) =>
        ApiJson.Strings(Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => include is null || include(prefix + name))
            .Order(StringComparer.Ordinal));
}
