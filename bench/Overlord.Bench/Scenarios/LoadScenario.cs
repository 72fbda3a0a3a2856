using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// <c>GET /v1/tree/projects</c> on a node without children (token checked, the node's own projects read, the tree
/// answer written) under load, then GET / of hello-kestrel on the same machine; each after a warm-up run.
/// </summary>
public static class LoadScenario
{
    public static async Task<LoadFigures> RunAsync(ServedNode node, Executables executables, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(executables);
        ArgumentNullException.ThrowIfNull(sizes);
        ILoadGenerator generator = WrkLoad.Available() ? new WrkLoad() : new BuiltInLoad();
        var duration = TimeSpan.FromSeconds(sizes.LoadSeconds);
        var warmUp = duration / 3;
        var route = new Uri($"{node.Address}/v1/tree/projects");
        await generator.RequestsPerSecondAsync(route, node.Token, warmUp, cancellationToken);
        var nodeRate = await generator.RequestsPerSecondAsync(route, node.Token, duration, cancellationToken);

        await using var hello = await BaselineServer.StartAsync(executables.HelloKestrel, cancellationToken);
        await generator.RequestsPerSecondAsync(hello.Url, null, warmUp, cancellationToken);
        var helloRate = await generator.RequestsPerSecondAsync(hello.Url, null, duration, cancellationToken);
        return new LoadFigures(generator.Name, nodeRate, helloRate);
    }
}
