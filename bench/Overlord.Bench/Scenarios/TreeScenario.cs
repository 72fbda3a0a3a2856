using System.Diagnostics;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;
using Overlord.Client;
using Overlord.Client.Tree;
using Overlord.Core;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// <c>GET /v1/tree/projects</c> (what <c>overlord get-info -t projects</c> sends) on the root of the 31-node tree
/// and on a node without children, interleaved so both see the same machine; then the original's walk of the tree.
/// </summary>
public static class TreeScenario
{
    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(5);

    public static async Task<TreeFigures> RunAsync(NodeTree tree, ServedNode lone, BenchSizes sizes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(lone);
        ArgumentNullException.ThrowIfNull(sizes);
        using var treeHttp = new HttpClient { BaseAddress = new Uri(tree.Root.Address) };
        using var loneHttp = new HttpClient { BaseAddress = new Uri(lone.Address) };
        var treeClient = new OverlordClient(treeHttp, new Secret(tree.Root.Token), ClientOptions.Datacenter);
        var loneClient = new OverlordClient(loneHttp, new Secret(lone.Token), ClientOptions.Datacenter);
        // Every node JIT-compiles its own code: 31 processes reach their steady state only after some hundreds of
        // calls, so the tree is warmed for a while (the lone node needs far less) before anything is timed.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(sizes.TreeWarmUpSeconds))
        {
            await GetInfoAsync(treeClient, tree.Count, cancellationToken);
            await GetInfoAsync(loneClient, 1, cancellationToken);
        }

        // One block each, not interleaved: right after a tree call, 31 processes are still winding down their
        // threads, which would be timed as the lone node's.
        var (treeCpu, loneCpu) = (new ProcessorWindow(() => tree.ProcessorTime), new ProcessorWindow(() => lone.ProcessorTime));

        // The idle share is read once the warm-up's background work (tiered JIT, thread pool) has died down:
        // read at once, it would count that work as idle use and take it out of every call.
        await Task.Delay(IdleWindow, cancellationToken);
        await Task.WhenAll(treeCpu.MeasureIdleAsync(IdleWindow, cancellationToken), loneCpu.MeasureIdleAsync(IdleWindow, cancellationToken));
        loneCpu.Start();
        var loneSamples = await Samples.TimeAsync(sizes.TreeCalls, sizes.Budget(), ct => GetInfoAsync(loneClient, 1, ct), cancellationToken);
        var loneCpuPerCall = loneCpu.PerCall(loneSamples.Count);
        treeCpu.Start();
        var treeSamples = await Samples.TimeAsync(sizes.TreeCalls, sizes.Budget(), ct => GetInfoAsync(treeClient, tree.Count, ct), cancellationToken);
        var treeCpuPerCall = treeCpu.PerCall(treeSamples.Count);

        var walk = new OriginalWalk(treeHttp, tree.Root.Token);
        var (nodes, requests) = await walk.RunAsync(cancellationToken);
        if (nodes != tree.Count)
        {
            throw new InvalidOperationException($"the original's walk found {nodes} nodes, not {tree.Count}");
        }

        var walkSamples = await Samples.TimeAsync(sizes.Walks, sizes.Budget(), walk.RunAsync, cancellationToken);
        return new TreeFigures(loneSamples, treeSamples, walkSamples, nodes, requests) { TreeCpuPerCall = treeCpuPerCall, OneNodeCpuPerCall = loneCpuPerCall };
    }

    /// <summary>One get-info call; fails the bench unless every node of the tree answered.</summary>
    private static async Task<TimeSpan> GetInfoAsync(OverlordClient client, int expectedNodes, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await client.GetTreeAsync(TreeResource.Projects, cancellationToken: cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!answer.IsSuccess)
        {
            throw new InvalidOperationException($"get-info on {client.Entrypoint}: {answer.Message}");
        }

        var answered = answer.Value.Nodes.Count(node => node.Ok);
        if (answered != expectedNodes)
        {
            throw new InvalidOperationException($"get-info on {client.Entrypoint}: {answered} nodes answered, not {expectedNodes}");
        }

        return elapsed;
    }
}
