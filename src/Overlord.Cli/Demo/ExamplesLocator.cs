namespace Overlord.Cli.Demo;

/// <summary>
/// Finds the example repository the demo pushes: <c>--examples DIR</c> when given, else an <c>examples-repo</c>
/// folder in the current directory or one above it, else above the executable (bin/Debug/net10.0 of a checkout).
/// </summary>
internal static class ExamplesLocator
{
    public const string FolderName = "examples-repo";

    /// <summary>The spec the demo shows and serves; a folder without it is not the example repository.</summary>
    public static readonly string HelloSpec = Path.Combine("process", "hello.yml");

    /// <summary>The example folder, or null when none is found (or the given one lacks the hello spec).</summary>
    public static string? Find(string? given, IEnumerable<string> searchFrom)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return IsExamples(full) ? full : null;
        }

        foreach (var start in searchFrom)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, FolderName);
                if (IsExamples(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsExamples(string folder) => File.Exists(Path.Combine(folder, HelloSpec));
}
