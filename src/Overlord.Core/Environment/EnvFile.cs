using dotenv.net;

namespace Overlord.Core.Environment;

/// <summary>Reads a dotenv file (<c>KEY=value</c> lines, comments, quotes) into a dictionary, without touching the process environment.</summary>
public static class EnvFile
{
    /// <summary>The file's values; an unreadable file is an <see cref="IOException"/>.</summary>
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such env file", path);
        }

        var values = DotEnv.Fluent().WithEnvFiles(path).WithTrimValues().WithExceptions().Read();
        return new Dictionary<string, string>(values, StringComparer.Ordinal);
    }

    /// <summary>The values of <paramref name="path"/> when it exists, else nothing (the default <c>.env</c>).</summary>
    public static IReadOnlyDictionary<string, string> ReadIfPresent(string path) =>
        File.Exists(path) ? Read(path) : new Dictionary<string, string>();
}
