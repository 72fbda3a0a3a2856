using Overlord.Bench.Scenarios;
using static Overlord.Bench.Report.Figures;

namespace Overlord.Bench.Report;

/// <summary>The table's rows, from every scenario's figures, with the targets of issue 5 beside them.</summary>
public sealed record ResultRows(
    TreeFigures Tree, WebhookFigures Webhooks, SyncFigures Small, SyncFigures Large, LoadFigures Load, ColdStartFigures ColdStart, long IdleNodeBytes)
{
    public IEnumerable<ResultRow> All()
    {
        var (tree, single, walk) = (Tree.Tree, Tree.OneNode, Tree.Walk);
        yield return new($"get-info `-t projects`, one node (median of {single.Count})", Milliseconds(single.Median));
        yield return new(
            $"get-info `-t projects`, tree of {Tree.Nodes} nodes in one request (median of {tree.Count}; p99 {Milliseconds(tree.Percentile(99))})",
            Milliseconds(tree.Median));
        yield return ResultRow.Checked("tree ÷ one node", Ratio(Tree.Ratio), "≤ 3× (the tree's depth)", Tree.Ratio <= 3);
        yield return new(
            $"CPU time per get-info, summed over the nodes' processes: tree of {Tree.Nodes} / one node",
            $"{Milliseconds(Tree.TreeCpuPerCall.TotalMilliseconds)} / {Milliseconds(Tree.OneNodeCpuPerCall.TotalMilliseconds)}");
        yield return new(
            $"the same tree walked one request at a time, as the original client does ({Tree.WalkRequests} requests, median of {walk.Count})",
            $"{Milliseconds(walk.Median)} ({Ratio(Tree.WalkRatio)} the tree request)");

        var (answers, firstWrite) = (Webhooks.Answers, Webhooks.ToFirstWrite);
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

        yield return new($"sync of 1 changed spec, repository of {Count(Small.Specs)} specs (median of {Small.ChangeSyncs.Count})", Milliseconds(Small.ChangeSyncs.Median));
        yield return new($"sync of 1 changed spec, repository of {Count(Large.Specs)} specs (median of {Large.ChangeSyncs.Count})", Milliseconds(Large.ChangeSyncs.Median));
        var growth = Large.ChangeSyncs.Median / Small.ChangeSyncs.Median;
        yield return ResultRow.Checked($"{Count(Large.Specs)} specs ÷ {Count(Small.Specs)} specs", Ratio(growth), "≤ 1.5×", growth <= 1.5);
        yield return new($"poll that finds nothing new, {Count(Large.Specs)} specs (median of {Large.Polls.Count})", Milliseconds(Large.Polls.Median));
        yield return new($"first sync of {Count(Large.Specs)} specs, each deployed on one node (once)", Milliseconds(Large.FirstSync.TotalMilliseconds));

        yield return new($"`GET /v1/tree/projects` on one node under load ({Load.Tool})", Rate(Load.NodeRequestsPerSecond));
        yield return new(
            "plain Kestrel \"hello\" route, same machine and load",
            $"{Rate(Load.HelloRequestsPerSecond)} (the node does {Load.NodeRequestsPerSecond / Load.HelloRequestsPerSecond:P0} of it)");

        yield return new($"CLI cold start: `overlord get-info -t projects` against one node (median of {ColdStart.GetInfo.Count})", Milliseconds(ColdStart.GetInfo.Median));
        yield return new($"`dotnet` hello-world console app, started the same way (median of {ColdStart.Hello.Count})", Milliseconds(ColdStart.Hello.Median));

        yield return new("resident memory of an idle node", MegaBytes(IdleNodeBytes));
        yield return new($"resident memory of the agent's node holding {Count(Large.Specs)} specs", MegaBytes(Large.ResidentBytes));
    }
}
