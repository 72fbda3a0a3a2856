namespace Overlord.Bench.Nodes;

/// <summary>The Release builds bench/run made: the <c>overlord</c> executable and the two baselines.</summary>
public sealed record Executables(string Overlord, string HelloConsole, string HelloKestrel)
{
    private const string Output = "bin/Release/net10.0";

    public static Executables In(string repositoryRoot)
    {
        var executables = new Executables(
            Path.Combine(repositoryRoot, "src/Overlord.Cli", Output, "overlord"),
            Path.Combine(repositoryRoot, "bench/Hello.Console", Output, "hello-console"),
            Path.Combine(repositoryRoot, "bench/Hello.Kestrel", Output, "hello-kestrel"));
        foreach (var path in new[] { executables.Overlord, executables.HelloConsole, executables.HelloKestrel })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{path} is missing: run bench/run, which builds it in Release", path);
            }
        }

        return executables;
    }
}
