namespace Overlord.Bench.Nodes;

/// <summary>
/// The builds bench/run made: the <c>overlord</c> executable as the README installs it (<c>packaging/publish</c>),
/// the two baselines in Release, and with <c>--scale</c> the host of many nodes, published the same way.
/// </summary>
public sealed record Executables(string Overlord, string HelloConsole, string HelloKestrel)
{
    /// <summary><c>overlord-bench-nodes</c>, published by <c>bench/run --scale</c> only (the scale phase checks it is there).</summary>
    public string NodeHost { get; init; } = "";

    private const string Output = "bin/Release/net10.0";

    public static Executables In(string repositoryRoot)
    {
        var executables = new Executables(
            Path.Combine(repositoryRoot, "bench/Overlord.Bench/bin/overlord/overlord"),
            Path.Combine(repositoryRoot, "bench/Hello.Console", Output, "hello-console"),
            Path.Combine(repositoryRoot, "bench/Hello.Kestrel", Output, "hello-kestrel"));
        foreach (var path in new[] { executables.Overlord, executables.HelloConsole, executables.HelloKestrel })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} is missing: run bench/run, which builds it", path);
            }
        }

        return executables with { NodeHost = Path.Combine(repositoryRoot, "bench/Overlord.Bench/bin/nodes/overlord-bench-nodes") };
    }
}
