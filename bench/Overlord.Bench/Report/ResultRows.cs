using System.Globalization;
using Overlord.Bench.Measuring;
using Overlord.Bench.Nodes;
using Overlord.Bench.Scenarios;
using static Overlord.Bench.Report.Figures;

namespace Overlord.Bench.Report;

/// <summary>
/// The table's rows, from every scenario's figures, with the targets of issues 5 and 9 beside them. A phase that
/// <c>--only</c> left out has no figures and no rows.
/// </summary>
public sealed record ResultRows(long IdleNodeBytes)
{
    public TreeFigures? Tree { get; init; }

    public ReconcileFigures? Reconcile { get; init; }

    public WebhookFigures? Webhooks { get; init; }

    public SyncFigures? Small { get; init; }

    public SyncFigures? Large { get; init; }

    public LoadFigures? Load { get; init; }

    public ColdStartFigures? ColdStart { get; init; }

    public ScaleFigures? Scale { get; init; }

    public IEnumerable<ResultRow> All() =>
        TreeRows().Concat(AgentRows()).Concat(ReconcileRows()).Concat(LoadRows()).Concat(ColdStartRows()).Concat(MemoryRows()).Concat(ScaleRows());

    private IEnumerable<ResultRow> TreeRows()
    {
        if (Tree is not { } figures)
        {
            yield break;
        }

        var (tree, single, walk, plain) = (figures.Tree, figures.OneNode, figures.Walk, figures.PlainOneNode);
        yield return new($"get-info `-t projects`, one node (median of {single.Count})", Milliseconds(single.Median));
        var clientRatio = single.Median / plain.Median;
        yield return ResultRow.Checked(
            $"the same call from a plain keep-alive client (one socket, synchronous; median of {plain.Count})",
            $"{Milliseconds(plain.Median)} (the bench's client takes {Ratio(clientRatio)} of it)",
            "bench's client ≤ 2×",
            clientRatio <= 2);
        yield return new(
            $"get-info `-t projects`, tree of {figures.Nodes} nodes in one request (median of {tree.Count}; p99 {Milliseconds(tree.Percentile(99))})",
            Milliseconds(tree.Median));
        yield return ResultRow.Checked("tree ÷ one node", Ratio(figures.Ratio), "≤ 3× (the tree's depth)", figures.Ratio <= 3);
        yield return new(
            $"CPU time per get-info, summed over the nodes' processes: tree of {figures.Nodes} / one node; the tree's latency bound on {Environment.ProcessorCount} cores (its CPU time ÷ cores)",
            $"{Milliseconds(figures.TreeCpuPerCall.TotalMilliseconds)} / {Milliseconds(figures.OneNodeCpuPerCall.TotalMilliseconds)}; {Milliseconds(figures.CoresBound.TotalMilliseconds)}");
        foreach (var row in CostRows("tree", figures.Windows, figures.SteadyPerNode, tree.Count))
        {
            yield return row;
        }

        yield return new(
            $"the same tree walked one request at a time, as the original client does ({figures.WalkRequests} requests, median of {walk.Count})",
            $"{Milliseconds(walk.Median)} ({Ratio(figures.WalkRatio)} the tree request)");
    }

    /// <summary>The CPU time per node per tree call, steady, and how many calls fresh nodes took to get there.</summary>
    private static IEnumerable<ResultRow> CostRows(string tree, CostWindows windows, TimeSpan steady, int steadyCalls)
    {
        yield return ResultRow.Checked(
            $"CPU time per node per {tree} call, steady (the timed block of {steadyCalls} calls, after {Count(windows.PerNodePerCall.Count * windows.CallsPerWindow)})",
            PerNode(steady),
            "≤ 0.1 ms",
            steady <= TimeSpan.FromMilliseconds(0.1));
        var calls = windows.CallsToSteady(steady, TreeScenario.SteadyTolerance);
        yield return ResultRow.Checked(
            $"the same from the nodes' first call, by window of {windows.CallsPerWindow} calls: {string.Join(", ", windows.PerNodePerCall.Take(5).Select(PerNode))}{(windows.PerNodePerCall.Count > 5 ? ", …" : "")}",
            $"steady (≤ {TreeScenario.SteadyTolerance:0.##}× the steady cost) after {Count(calls)} calls",
            "≤ 100 calls",
            calls <= 100);
    }

    private IEnumerable<ResultRow> ScaleRows()
    {
        if (Scale is not { } figures)
        {
            yield break;
        }

        var tree = figures.Tree;
        yield return new(
            $"get-info `-t projects`, tree of {Count(ScaleTree.Nodes)} nodes (1 → 10 → 100 → 889, in {figures.Processes} processes) in one request (median of {tree.Count}; p99 {Milliseconds(tree.Percentile(99))})",
            Milliseconds(tree.Median));
        yield return new(
            $"CPU time per get-info over the {Count(ScaleTree.Nodes)} nodes, summed over their processes; its latency bound on {Environment.ProcessorCount} cores (its CPU time ÷ cores)",
            $"{Milliseconds(figures.TreeCpuPerCall.TotalMilliseconds)}; {Milliseconds(figures.CoresBound.TotalMilliseconds)}");
        foreach (var row in CostRows($"{Count(ScaleTree.Nodes)}-node tree", figures.Windows, figures.SteadyPerNode, tree.Count))
        {
            yield return row;
        }

        var (everyLeaf, oneGroup, reconciles) = (figures.EveryLeaf, figures.OneGroup, figures.Reconciles);
        yield return ResultRow.Checked(
            $"push of a spec selecting every leaf ({Count(ScaleTree.AllLeaves.Count)}): webhook sent → a write on every leaf, p50 / p95 of {everyLeaf.Count}",
            $"{Milliseconds(everyLeaf.Median)} / {Milliseconds(everyLeaf.Percentile(95))}",
            "p95 ≤ 10 s",
            everyLeaf.Percentile(95) <= 10_000);
        yield return new(
            $"push of a spec selecting one label of ten ({Count(figures.GroupLeaves)} leaves): webhook sent → a write on each, p50 of {oneGroup.Count}",
            Milliseconds(oneGroup.Median));
        yield return new(
            $"no-op reconcile over the {Count(ScaleTree.Nodes)} nodes, {Count(figures.Pairs)} spec-node pairs all synced, p50 / p95 of {reconciles.Count}",
            $"{Milliseconds(reconciles.Median)} / {Milliseconds(reconciles.Percentile(95))}");
        yield return new($"the agent's first sync of those {Count(figures.Pairs)} pairs (setup, once)", Milliseconds(figures.FirstSync.TotalMilliseconds));
        yield return new(
            $"resident memory per node of the {Count(ScaleTree.Nodes)}-node tree (its {figures.Processes} processes' VmRSS summed ÷ nodes; {Count(ScaleTree.Nodes - 1)} nodes share 10 processes)",
            $"{(figures.ResidentPerNode / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MiB ({MegaBytes(figures.ResidentBytes)} in all)");
    }

    private static string PerNode(TimeSpan cost) => cost.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";

    private IEnumerable<ResultRow> AgentRows()
    {
        if (Webhooks is not { } webhooks || Small is not { } small || Large is not { } large)
        {
            yield break;
        }

        var (answers, firstWrite) = (webhooks.Answers, webhooks.ToFirstWrite);
        yield return ResultRow.Checked(
            $"webhook answer, p50 / p99 of {answers.Count}",
            $"{Milliseconds(answers.Median)} / {Milliseconds(answers.Percentile(99))}",
            "p99 < 50 ms",
            answers.Percentile(99) < 50);
        yield return ResultRow.Checked(
            $"webhook sent → first write on the target node, p50 (p99) of {firstWrite.Count}",
            $"{Milliseconds(firstWrite.Median)} ({Milliseconds(firstWrite.Percentile(99))})",
            "p50 < 100 ms",
            firstWrite.Median < 100);

        yield return new($"sync of 1 changed spec, repository of {Count(small.Specs)} specs (median of {small.ChangeSyncs.Count})", Milliseconds(small.ChangeSyncs.Median));
        yield return new($"sync of 1 changed spec, repository of {Count(large.Specs)} specs (median of {large.ChangeSyncs.Count})", Milliseconds(large.ChangeSyncs.Median));
        var growth = large.ChangeSyncs.Median / small.ChangeSyncs.Median;
        yield return ResultRow.Checked($"{Count(large.Specs)} specs ÷ {Count(small.Specs)} specs", Ratio(growth), "≤ 1.5×", growth <= 1.5);
        yield return new($"poll that finds nothing new, {Count(large.Specs)} specs (median of {large.Polls.Count})", Milliseconds(large.Polls.Median));
        yield return ResultRow.Checked(
            $"first sync of {Count(large.Specs)} specs, each deployed on one node (once)",
            Milliseconds(large.FirstSync.TotalMilliseconds),
            "≤ 20 s",
            large.FirstSync <= TimeSpan.FromSeconds(20));
    }

    private IEnumerable<ResultRow> ReconcileRows()
    {
        if (Reconcile is not { } figures)
        {
            yield break;
        }

        var reconciles = figures.Reconciles;
        yield return new(
            $"no-op reconcile over the tree of {figures.Nodes} nodes, {figures.Pairs} spec-node pairs all synced (`POST /v1/agent/sync` with `wait`, answered `up_to_date` with no steps), p50 / p95 of {reconciles.Count}",
            $"{Milliseconds(reconciles.Median)} / {Milliseconds(reconciles.Percentile(95))}");
        var (fewest, most) = figures.RequestsPerNode;
        var perNode = fewest == most ? PerReconcile(fewest) : $"{PerReconcile(fewest)} to {PerReconcile(most)}";
        var routes = string.Join(", ", figures.Routes.Keys.Order(StringComparer.Ordinal).Select(route => $"`{route}`"));
        yield return ResultRow.Checked(
            $"requests each of the {figures.AskedBelowRoot.Count} nodes below the root answered per no-op reconcile",
            $"{perNode} ({routes})",
            "1 request per node (the tree read)",
            figures.OneTreeReadPerNode);
    }

    private IEnumerable<ResultRow> LoadRows()
    {
        if (Load is not { } load)
        {
            yield break;
        }

        yield return new($"`GET /v1/tree/projects` on one node under load ({load.Tool})", Rate(load.NodeRequestsPerSecond));
        yield return new(
            "plain Kestrel \"hello\" route, same machine and load",
            $"{Rate(load.HelloRequestsPerSecond)} (the node does {load.NodeRequestsPerSecond / load.HelloRequestsPerSecond:P0} of it)");
    }

    private IEnumerable<ResultRow> ColdStartRows()
    {
        if (ColdStart is not { } coldStart)
        {
            yield break;
        }

        var hello = coldStart.Hello.Median;
        var target = $"≤ {ColdStartFigures.TargetRatio:0.#}× the hello app";
        foreach (var (command, samples) in new[]
        {
            ("`overlord get-info -t projects` against one node", coldStart.GetInfo),
            ("`overlord version`", coldStart.Version),
            ("`overlord print-spec` of a director project", coldStart.PrintSpec),
        })
        {
            var ratio = samples.Median / hello;
            yield return ResultRow.Checked(
                $"CLI cold start: {command} (median of {samples.Count})",
                $"{Milliseconds(samples.Median)} ({Ratio(ratio)} the hello app)",
                target,
                ratio <= ColdStartFigures.TargetRatio);
        }

        yield return new($"`dotnet` hello-world console app, started the same way (median of {coldStart.Hello.Count})", Milliseconds(hello));
    }

    private IEnumerable<ResultRow> MemoryRows()
    {
        const long MiB = 1024 * 1024;
        yield return ResultRow.Checked("resident memory of an idle node", MegaBytes(IdleNodeBytes), "≤ 60 MiB", IdleNodeBytes <= 60 * MiB);
        if (Large is { } large)
        {
            yield return ResultRow.Checked(
                $"resident memory of the agent's node holding {Count(large.Specs)} specs", MegaBytes(large.ResidentBytes), "≤ 150 MiB", large.ResidentBytes <= 150 * MiB);
            yield return ResultRow.Checked(
                $"resident memory of the agent's node holding {Count(large.Specs)} specs, 10 s after its last sync",
                MegaBytes(large.RestingBytes),
                "≤ 150 MiB",
                large.RestingBytes <= 150 * MiB);
        }
    }

    private static string PerReconcile(double requests) => requests.ToString("0.##", CultureInfo.InvariantCulture);
}
