using Overlord.Bench.Git;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// A no-op reconcile over the 31-node tree (issue 9): once the tree's measurements are taken, a second root with
/// <c>agent:</c> is started over the same 5 children, its repository a few metadata specs selecting the label every
/// node of the tree has, so that each of the 31 nodes holds every spec. When the first sync has deployed everywhere
/// (every pair synced), <c>POST /v1/agent/sync {"wait":true}</c> is timed from the request to the answer: an
/// ls-remote that finds the branch where it was, then one tree read through the agent's node and the comparison of
/// every pair, with nothing to do. Each answer must be <c>up_to_date</c> with no steps; the nodes below the root say
/// through their <c>/metrics</c> how many requests each reconcile cost them.
/// </summary>
public static class ReconcileScenario
{
    /// <summary>Specs in the repository: each one is a pair on every node.</summary>
    public const int Specs = 2;

    /// <summary>Untimed no-op syncs first: the agent's reconcile path runs for the first time after the deployment.</summary>
    private const int WarmUps = 3;

    private static readonly TimeSpan FirstSyncPatience = TimeSpan.FromMinutes(5);

    public static async Task<ReconcileFigures> RunAsync(OverlordCli cli, NodeTree tree, string directory, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(sizes);
        var repository = await SpecRepository.CreateAsync(directory, Specs, NodeTree.Label, cancellationToken);
        await using var agent = await AgentNode.StartAsync(cli, Path.Combine(directory, "root"), repository, [NodeTree.Label, "agent"], tree.RootChains, cancellationToken);
        var nodes = tree.BelowRoot.Count + 1;
        var pairs = Specs * nodes;
        await Eventually.HoldsAsync(
            async token => await agent.StatusAsync(token) is var status && status.IdleAt(repository.Head) && status.AllSynced(pairs),
            $"the agent's first sync: {pairs} pairs synced",
            FirstSyncPatience,
            cancellationToken);
        for (var i = 0; i < WarmUps; i++)
        {
            await ExpectNoOpAsync(agent, cancellationToken);
        }

        using var http = new HttpClient();
        var before = await ReadCountsAsync(http, tree, cancellationToken);
        var samples = await Samples.TimeAsync(sizes.Reconciles, sizes.Budget(), token => ExpectNoOpAsync(agent, token), cancellationToken);
        var after = await ReadCountsAsync(http, tree, cancellationToken);
        if (!(await agent.StatusAsync(cancellationToken)).AllSynced(pairs))
        {
            throw new InvalidOperationException($"after the no-op reconciles, not all {pairs} pairs are synced");
        }

        var asked = after.Zip(before, (now, then) => now.Since(then)).ToList();
        return new ReconcileFigures(nodes, pairs, samples, asked);
    }

    private static Task ExpectNoOpAsync(AgentNode agent, CancellationToken cancellationToken) =>
        agent.ExpectSyncAsync("up_to_date", 0, cancellationToken);

    private static Task<RequestCounts[]> ReadCountsAsync(HttpClient http, NodeTree tree, CancellationToken cancellationToken) =>
        Task.WhenAll(tree.BelowRoot.Select(node => RequestCounts.ReadAsync(http, node.Address, node.Token, cancellationToken)));
}
