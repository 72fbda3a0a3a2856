namespace Overlord.Bench;

/// <summary>
/// <c>overlord-bench [--quick] [--scale] [--only PHASE,...] [--output FILE] [--work DIR]</c>: where the repository is (found above
/// the bench's own folder), which phases run, where the table goes, and where nodes, repositories and logs live while it runs.
/// </summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }

    /// <summary><c>--scale</c>: also the 1,000-node tree (<see cref="BenchPhase.Scale"/>), which takes longer than the rest.</summary>
    public bool Scale { get; init; }

    /// <summary>The phases <c>--only</c> named (see <see cref="BenchPhase"/>); null runs them all.</summary>
    public IReadOnlySet<string>? Only { get; init; }

    /// <summary>
    /// Where the table goes; null for a partial run without <c>--output</c>, which only prints it, so that a few phases
    /// never overwrite the full table in bench/results.md.
    /// </summary>
    public string? OutputFile { get; init; }

    public required string RepositoryRoot { get; init; }

    public required string WorkDirectory { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = FindRoot(AppContext.BaseDirectory);
        var options = new BenchOptions
        {
            RepositoryRoot = root,
            WorkDirectory = Path.Combine(Path.GetTempPath(), $"overlord-bench-{Environment.ProcessId}"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--scale" => options with { Scale = true },
                "--only" when i + 1 < args.Count => options with { Only = BenchPhase.Parse(args[++i]) },
                "--output" when i + 1 < args.Count => options with { OutputFile = Path.GetFullPath(args[++i]) },
                "--work" when i + 1 < args.Count => options with { WorkDirectory = Path.GetFullPath(args[++i]) },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'; usage: overlord-bench [--quick] [--scale] [--only PHASE,...] [--output FILE] [--work DIR]"),
            };
        }

        if (!options.Scale && options.Only?.Contains(BenchPhase.Scale) == true)
        {
            throw new ArgumentException($"--only {BenchPhase.Scale} needs --scale");
        }

        return options.OutputFile is null && options.Only is null ? options with { OutputFile = Path.Combine(root, "bench", "results.md") } : options;
    }

    /// <summary>Whether <paramref name="phase"/> runs: always, unless <c>--only</c> left it out; the scale phase only with <c>--scale</c>.</summary>
    public bool Runs(string phase) => (phase != BenchPhase.Scale || Scale) && (Only is null || Only.Contains(phase));

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
