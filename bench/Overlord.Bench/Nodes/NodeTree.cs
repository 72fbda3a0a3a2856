namespace Overlord.Bench.Nodes;

/// <summary>
/// A root, <see cref="Fanout"/> children and <see cref="Fanout"/>² grandchildren (31 nodes), each its own
/// <c>overlord serve</c> process, linked by <c>chains:</c> with tokens the children made, as an operator sets it up.
/// </summary>
public sealed class NodeTree : IAsyncDisposable
{
    public const int Fanout = 5;

    /// <summary>The label every node of the tree has (beside its folder's name).</summary>
    public const string Label = "bench";

    /// <summary>
    /// Each parent waits this long for a child (its chain's <c>read_timeout</c>): the first get-info through 31 fresh
    /// processes compiles in every one of them at once, and on 2 cores shared with other work (load average 30) it took
    /// over the default 10 s at a hop, which failed the run.
    /// </summary>
    public const int PatienceSeconds = 60;

    private readonly List<ServedNode> _nodes;

    private NodeTree(List<ServedNode> nodes, IReadOnlyList<ChainLink> rootChains) => (_nodes, RootChains) = (nodes, rootChains);

    /// <summary>The entry node; the others are reached through it.</summary>
    public ServedNode Root => _nodes[^1];

    /// <summary>The root's <c>chains:</c>, so that another root (the agent's) can stand over the same children.</summary>
    public IReadOnlyList<ChainLink> RootChains { get; }

    /// <summary>The children and grandchildren.</summary>
    public IReadOnlyList<ServedNode> BelowRoot => _nodes[..^1];

    public int Count => _nodes.Count;

    /// <summary>CPU time (user + system) all the tree's nodes have used, summed.</summary>
    public TimeSpan ProcessorTime => _nodes.Aggregate(TimeSpan.Zero, (sum, node) => sum + node.ProcessorTime);

    public static async Task<NodeTree> StartAsync(OverlordCli cli, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var nodes = new List<ServedNode>();
        try
        {
            var children = new List<ChainLink>();
            for (var c = 1; c <= Fanout; c++)
            {
                var leaves = Enumerable.Range(1, Fanout).Select(g => new Placement($"g{g}", $"c{c}g{g}", [])).ToList();
                var grandchildren = await StartAllAsync(cli, directory, leaves, nodes, cancellationToken);
                children.AddRange(await StartAllAsync(cli, directory, [new Placement($"c{c}", $"c{c}", grandchildren)], nodes, cancellationToken));
            }

            await StartAllAsync(cli, directory, [new Placement("root", "root", children)], nodes, cancellationToken);
            return new NodeTree(nodes, children);
        }
        catch
        {
            await Task.WhenAll(nodes.Select(node => node.DisposeAsync().AsTask()));
            throw;
        }
    }

    /// <summary>Starts sibling nodes at once and returns the links their parent lists under <c>chains:</c>.</summary>
    private static async Task<List<ChainLink>> StartAllAsync(
        OverlordCli cli, string directory, IReadOnlyList<Placement> placements, List<ServedNode> started, CancellationToken cancellationToken)
    {
        var starting = placements.Select(placement => StartOneAsync(cli, directory, placement, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // Every node that did start is stopped with the tree, even when a sibling failed.
            foreach (var task in starting.Where(task => task.IsCompletedSuccessfully))
            {
                started.Add((await task).Node);
            }
        }

        var links = new List<ChainLink>();
        foreach (var task in starting)
        {
            links.Add((await task).Link);
        }

        return links;
    }

    private static async Task<(ChainLink Link, ServedNode Node)> StartOneAsync(OverlordCli cli, string directory, Placement placement, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var config = NodeConfig.Write(Path.Combine(directory, placement.Folder), port, [Label, placement.Folder], placement.Children);
        var token = await cli.GenTokenAsync(config, cancellationToken);
        var node = await ServedNode.StartAsync(cli, config, port, token, cancellationToken);
        return (new ChainLink(placement.ChainName, node.Address, token, PatienceSeconds), node);
    }

    public async ValueTask DisposeAsync() => await Task.WhenAll(_nodes.Select(node => node.DisposeAsync().AsTask()));

    /// <summary>A node to start: the chain name its parent gives it, its folder, and its own children.</summary>
    private sealed record Placement(string ChainName, string Folder, IReadOnlyList<ChainLink> Children);
}
