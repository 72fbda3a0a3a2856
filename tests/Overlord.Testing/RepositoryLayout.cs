namespace Overlord.Testing;

/// <summary>
/// Where things are in this repository, seen from a test assembly in tests/X/bin/CONFIG/TFM:
/// the root (the folder of Overlord.sln), the build configuration and target framework of the tests,
/// and the built <c>overlord</c> executable that end-to-end tests drive.
/// </summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding Overlord.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The tests' build configuration (Debug or Release).</summary>
    public static string Configuration => Path.GetFileName(Path.GetDirectoryName(TestOutput)) ?? "Debug";

    /// <summary>The tests' target framework folder (net10.0).</summary>
    public static string TargetFramework => Path.GetFileName(TestOutput);

    /// <summary>src/Overlord.Cli/bin/CONFIG/TFM/overlord, built with any test project that references the CLI.</summary>
    public static string OverlordExecutable => Path.Combine(Root, "src", "Overlord.Cli", "bin", Configuration, TargetFramework, "overlord");

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string TestOutput => AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Overlord.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Overlord.sln not found above {start}");
    }
}
