namespace Overlord.Bench;

/// <summary>
/// <c>overlord-bench [--quick] [--output FILE] [--work DIR]</c>: where the repository is (found above the bench's own
/// folder), where the table goes, and where nodes, repositories and logs live while it runs.
/// </summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }

    public required string RepositoryRoot { get; init; }

    public required string OutputFile { get; init; }

    public required string WorkDirectory { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = FindRoot(AppContext.BaseDirectory);
        var options = new BenchOptions
        {
            RepositoryRoot = root,
            OutputFile = Path.Combine(root, "bench", "results.md"),
            WorkDirectory = Path.Combine(Path.GetTempPath(), $"overlord-bench-{Environment.ProcessId}"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--output" when i + 1 < args.Count => options with { OutputFile = Path.GetFullPath(args[++i]) },
                "--work" when i + 1 < args.Count => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'; usage: overlord-bench [--quick] [--output FILE] [--work DIR]"),
            };
        }

        return options;
    }

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
