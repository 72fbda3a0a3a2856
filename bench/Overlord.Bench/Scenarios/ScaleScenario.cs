using System.Diagnostics;
using System.Globalization;
using Overlord.Bench.Git;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;
using Overlord.Client;
using Overlord.Client.Http;
using Overlord.Core;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// The 1,000-node tree (issue 14.3): its resident memory per node once started; get-info of the whole tree through
/// its root, window after window from the nodes' first call on, then a timed block (the tree phase's code); then an
/// agent on a second root over the same 10 children, its repository one spec selecting every leaf and one selecting
/// one group of ten: its no-op reconcile over the whole tree, and pushes of each spec, each timed from its webhook's
/// send to the arrival of the write on the last selected leaf.
/// </summary>
public static class ScaleScenario
{
    /// <summary>The group of leaves the second spec selects.</summary>
    public const int Group = 3;

    private const int EveryLeafSpec = 1;
    private const int GroupSpec = 2;
    private const int WarmUps = 3;

    private static readonly TimeSpan IdleWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FirstSyncPatience = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan PushPatience = TimeSpan.FromMinutes(3);

    public static async Task<ScaleFigures> RunAsync(OverlordCli cli, ScaleTree tree, string directory, BenchSizes sizes, Action<string> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(step);

        // Once the start has settled: the nodes' memory, then their idle CPU use (heartbeats, timers).
        await Task.Delay(TimeSpan.FromSeconds(sizes.IdleSeconds), cancellationToken);
        var resident = tree.ResidentBytes;
        var cpu = new ProcessorWindow(() => tree.ProcessorTime);
        await cpu.MeasureIdleAsync(IdleWindow, cancellationToken);

        step($"get-info over {ScaleTree.Nodes} nodes");
        using var http = new HttpClient { BaseAddress = new Uri(tree.Root.Address), Timeout = TimeSpan.FromMinutes(5) };
        var client = new OverlordClient(http, new Secret(tree.Root.Token), ClientOptions.Datacenter);
        Task GetInfoAsync(CancellationToken token) => TreeScenario.GetInfoAsync(client, ScaleTree.Nodes, token);
        var windows = await TreeScenario.MeasureWindowsAsync(
            cpu, ScaleTree.Nodes, GetInfoAsync, sizes.ScaleWindowCalls, sizes.ScaleWarmUpCalls, sizes.ScaleWarmUpSeconds, cancellationToken);
        cpu.Start();
        var calls = await Samples.TimeAsync(sizes.ScaleTreeCalls, sizes.Budget(), GetInfoAsync, cancellationToken);
        var cpuPerCall = cpu.PerCall(calls.Count);

        step("an agent over the 1,000 nodes: its first sync");
        var group = ScaleTree.LeavesOf(ScaleTree.Group(Group));
        var repository = await SpecRepository.CreateAsync(Path.Combine(directory, "agent"), [ScaleTree.LeafLabel, ScaleTree.Group(Group)], cancellationToken);
        await using var agent = await AgentNode.StartAsync(cli, Path.Combine(directory, "agent", "root"), repository, [ScaleTree.Label, "agent"], tree.RootChains, cancellationToken);
        var pairs = ScaleTree.AllLeaves.Count + group.Count;
        var firstSync = Stopwatch.GetTimestamp();
        await Eventually.HoldsAsync(
            async token => await agent.StatusAsync(token) is var status && status.IdleAt(repository.Head) && status.AllSynced(pairs),
            $"the agent's first sync: {pairs} pairs synced",
            FirstSyncPatience,
            cancellationToken);
        var firstSyncTime = Stopwatch.GetElapsedTime(firstSync);

        step("no-op reconciles over the 1,000 nodes");
        for (var i = 0; i < WarmUps; i++)
        {
            await ExpectNoOpAsync(agent, cancellationToken);
        }

        var reconciles = await Samples.TimeAsync(sizes.ScaleReconciles, sizes.Budget(), token => ExpectNoOpAsync(agent, token), cancellationToken);

        step($"pushes selecting every leaf ({ScaleTree.AllLeaves.Count})");
        var generation = 0;
        var everyLeaf = new Samples();
        var budget = sizes.ScaleBudget();
        while (everyLeaf.Count < sizes.ScalePushes && budget.AllowsAnother(everyLeaf.Count))
        {
            everyLeaf.Add(await PushAsync(tree, agent, repository, EveryLeafSpec, ScaleTree.AllLeaves, ++generation, cancellationToken));
        }

        step($"pushes selecting one group ({group.Count} leaves)");
        var oneGroup = new Samples();
        budget = sizes.ScaleBudget();
        while (oneGroup.Count < sizes.ScalePushes && budget.AllowsAnother(oneGroup.Count))
        {
            oneGroup.Add(await PushAsync(tree, agent, repository, GroupSpec, group, ++generation, cancellationToken));
        }

        if (!(await agent.StatusAsync(cancellationToken)).AllSynced(pairs))
        {
            throw new InvalidOperationException($"after the pushes, not all {pairs} pairs are synced");
        }

        return new ScaleFigures(tree.Processes, resident, calls, windows, cpuPerCall)
        {
            FirstSync = firstSyncTime,
            Pairs = pairs,
            Reconciles = reconciles,
            EveryLeaf = everyLeaf,
            GroupLeaves = group.Count,
            OneGroup = oneGroup,
        };
    }

    /// <summary>
    /// One push: every host armed, one spec changed and pushed, its webhook sent; the time from the send to the
    /// first write on the last of <paramref name="leaves"/>. The agent finishes its sync before the next push, and
    /// no node outside <paramref name="leaves"/> may have been written.
    /// </summary>
    private static async Task<TimeSpan> PushAsync(
        ScaleTree tree, AgentNode agent, SpecRepository repository, int spec, IReadOnlyList<string> leaves, int generation, CancellationToken cancellationToken)
    {
        await tree.ArmAsync(generation, cancellationToken);
        var head = await repository.ChangeAsync(spec, "push" + generation.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var delivery = WebhookScenario.Accepted(await agent.WebhookAsync(head, cancellationToken));
        var last = await tree.AllWrittenAsync(generation, leaves, PushPatience, cancellationToken);
        await WebhookScenario.WaitIdleAsync(agent, head, cancellationToken);
        if (tree.WrittenCount(generation) != leaves.Count)
        {
            throw new InvalidOperationException($"a push selecting {leaves.Count} leaves wrote on {tree.WrittenCount(generation)} nodes");
        }

        return Stopwatch.GetElapsedTime(delivery.SentAt, last);
    }

    private static Task ExpectNoOpAsync(AgentNode agent, CancellationToken cancellationToken) =>
        agent.ExpectSyncAsync("up_to_date", 0, cancellationToken);
}
