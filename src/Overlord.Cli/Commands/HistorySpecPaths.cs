namespace Overlord.Cli.Commands;

/// <summary>
/// The repository paths a <c>history --spec PATH</c> may mean, most likely first. The notes name a spec by
/// its path from the repository's root (<c>specs/web.yml</c>); a user in a checkout types it as the shell
/// completes it, from the current folder (<c>web.yml</c> in <c>specs/</c>, <c>./specs/web.yml</c> at the
/// root), or from the root as the notes print it (issue 10).
/// </summary>
internal static class HistorySpecPaths
{
    public static IReadOnlyList<string> Candidates(string typed, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var candidates = new List<string>();
        var full = Path.GetFullPath(typed, workingDirectory);
        if (WorkTreeOf(Path.GetDirectoryName(full) ?? workingDirectory) is { } root && Inside(root, full) is { } fromCurrent)
        {
            candidates.Add(fromCurrent);
        }

        if (!Path.IsPathRooted(typed) && Inside("/", Path.GetFullPath(typed.Replace('\\', '/'), "/")) is { } fromRoot)
        {
            candidates.Add(fromRoot);
        }

        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The git work tree holding <paramref name="directory"/>: the nearest folder above it with a <c>.git</c> folder or file.</summary>
    private static string? WorkTreeOf(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var git = Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }

    /// <summary><paramref name="path"/> from <paramref name="root"/> with forward slashes, or null when it is not below it.</summary>
    private static string? Inside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." || relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? null : relative;
    }
}
