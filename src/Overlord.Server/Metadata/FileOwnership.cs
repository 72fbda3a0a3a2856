using System.Globalization;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Platform.Processes;

namespace Overlord.Server.Metadata;

/// <summary>
/// Owner, group and st_mode of files, and chown, through the system's stat(1) and chown(8): .NET has
/// no API for uid/gid, and a P/Invoke of stat(2) would depend on each OS's struct layout.
/// </summary>
public sealed class FileOwnership
{
    private readonly bool _gnuStat = OperatingSystem.IsLinux();

    /// <summary>Stats many paths with one process.</summary>
    public async Task<IReadOnlyList<NamespaceEntry>> StatAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            return [];
        }

        // GNU: %f is the raw mode in hex; BSD and macOS: %p is the mode in octal.
        var arguments = _gnuStat ? new List<string> { "-c", "%u %g %f" } : ["-f", "%u %g %p"];
        arguments.Add("--");
        arguments.AddRange(paths);
        var result = await ToolRunner.RunAsync("stat", arguments, null, cancellationToken);
        if (!result.Succeeded)
        {
            throw new OverlordException($"stat failed: {result.StdErr.Trim()}", ExitCodes.IoError);
        }

        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<NamespaceEntry>(paths.Count);
        for (var i = 0; i < paths.Count && i < lines.Length; i++)
        {
            var fields = lines[i].Split(' ');
            var mode = _gnuStat ? Convert.ToInt32(fields[2], 16) : Convert.ToInt32(fields[2], 8);
            entries.Add(NamespaceEntry.Of(
                paths[i],
                Directory.Exists(paths[i]),
                long.Parse(fields[0], CultureInfo.InvariantCulture),
                long.Parse(fields[1], CultureInfo.InvariantCulture),
                mode));
        }

        return entries;
    }

    /// <summary>
    /// Gives <paramref name="relativePath"/> (inside <paramref name="folder"/>) to the owner and group; null when
    /// done, else chown's reason. The path is relative so the reason names no server path; owner and group come
    /// after <c>--</c>, so neither is ever read as an option (<c>--reference=...</c>, issue 11.8).
    /// </summary>
    public static async Task<string?> ChownAsync(string folder, string relativePath, string? owner, string? group, CancellationToken cancellationToken)
    {
        var spec = (owner, group) switch
        {
            ({ } o, { } g) => $"{o}:{g}",
            ({ } o, null) => o,
            (null, { } g) => $":{g}",
            _ => null,
        };
        if (spec is null)
        {
            return null;
        }

        var result = await ToolRunner.RunAsync("chown", ["--", spec, relativePath], new ToolRunOptions { WorkingDirectory = folder }, cancellationToken);
        return result.Succeeded ? null : $"chown {spec} '{relativePath}' failed: {Reason(result.StdErr)}";
    }

    // "chown: invalid user: 'x'" (GNU) or "chown: x: illegal user name" (BSD), without the program's name.
    private static string Reason(string standardError)
    {
        var line = standardError.Trim().Split('\n')[0];
        return line.StartsWith("chown: ", StringComparison.Ordinal) ? line["chown: ".Length..] : line;
    }
}
