namespace Overlord.Runtime.AppJail;

/// <summary>
/// Finds a tool on a given PATH. Process.Start searches this process's PATH only; looking it up here lets a
/// configured PATH (ToolEnvironment) choose the tools, as it would for a shell.
/// </summary>
internal static class ExecutableLocator
{
    public static string Resolve(string executable, string? searchPath)
    {
        if (executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || string.IsNullOrEmpty(searchPath))
        {
            return executable;
        }

        return searchPath
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, executable))
            .FirstOrDefault(File.Exists) ?? executable;
    }
}
