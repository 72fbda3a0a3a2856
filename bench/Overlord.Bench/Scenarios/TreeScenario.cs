using System.Diagnostics;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Client.Tree;
using Overlord.Core;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// <c>GET /v1/tree/projects</c> (what <c>overlord get-info -t projects</c> sends) on the root of the 31-node tree
/// from the nodes' first call on, its CPU cost per node per call window after window; then the tree and a node
/// without children timed in blocks; then the original's walk of the tree.
/// </summary>
public static class TreeScenario
{
    /// <summary>What counts as steady: a window costing at most this many times the steady cost.</summary>
    public const double SteadyTolerance = 1.25;

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
        var (treeCpu, loneCpu) = (new ProcessorWindow(() => tree.ProcessorTime), new ProcessorWindow(() => lone.ProcessorTime));

        // The idle share (heartbeats, timers) is read before the first call, once the nodes' own start has settled:
        // read after calls, it would count the tiered JIT's background work those calls caused as idle use.
        await Task.Delay(IdleWindow, cancellationToken);
        await Task.WhenAll(treeCpu.MeasureIdleAsync(IdleWindow, cancellationToken), loneCpu.MeasureIdleAsync(IdleWindow, cancellationToken));

        var windows = await MeasureWindowsAsync(
            treeCpu, tree.Count, ct => GetInfoAsync(treeClient, tree.Count, ct), sizes.TreeWindowCalls, sizes.TreeWarmUpCalls, sizes.TreeWarmUpSeconds, cancellationToken);

        // The lone node gets the same warm-up, then each side is timed in its own block: right after a tree call,
        // 31 processes are still winding down their threads, which would be timed as the lone node's.
        for (var i = 0; i < windows.PerNodePerCall.Count * windows.CallsPerWindow; i++)
        {
            await GetInfoAsync(loneClient, 1, cancellationToken);
        }

        // The lone node's calls from the bench's client and from a plain keep-alive client by turns, so that the
        // two figures see the same machine and their ratio measures the client alone (by hand, interleaved, the
        // client takes 0.6 ms where a bare HttpClient takes 0.5: the bench's 11 ms of old came from the machine).
        using var plain = await PlainClient.ConnectAsync(lone, cancellationToken);
        loneCpu.Start();
        var (loneSamples, plainSamples) = await Samples.TimePairsAsync(
            sizes.TreeCalls, sizes.Budget(), ct => GetInfoAsync(loneClient, 1, ct), plain.CallAsync, cancellationToken);
        var loneCpuPerCall = loneCpu.PerCall(loneSamples.Count + plainSamples.Count);
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
        return new TreeFigures(loneSamples, treeSamples, walkSamples, nodes, requests)
        {
            TreeCpuPerCall = treeCpuPerCall,
            OneNodeCpuPerCall = loneCpuPerCall,
            Windows = windows,
            PlainOneNode = plainSamples,
        };
    }

    /// <summary>
    /// From the first call of fresh nodes on, window after window of <paramref name="callsPerWindow"/> calls, up to
    /// <paramref name="calls"/> or for at most <paramref name="seconds"/> (the window running then ends): each
    /// window's CPU time per node per call, so that the warm-up and then the steady cost show.
    /// </summary>
    public static async Task<CostWindows> MeasureWindowsAsync(
        ProcessorWindow processor, int nodes, Func<CancellationToken, Task> call, int callsPerWindow, int calls, int seconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(call);
        var windows = new CostWindows(callsPerWindow);
        var budget = RepeatBudget.Of(TimeSpan.FromSeconds(seconds), minimumSamples: 2);
        while (windows.PerNodePerCall.Count * windows.CallsPerWindow < calls && budget.AllowsAnother(windows.PerNodePerCall.Count))
        {
            await windows.MeasureAsync(processor, nodes, call, cancellationToken);
        }

        return windows;
    }

    /// <summary>One get-info call; fails the bench unless every node of the tree answered.</summary>
    public static async Task<TimeSpan> GetInfoAsync(OverlordClient client, int expectedNodes, CancellationToken cancellationToken)
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
