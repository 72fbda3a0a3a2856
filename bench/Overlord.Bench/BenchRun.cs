using System.Diagnostics;
using Overlord.Bench.Git;
using Overlord.Bench.Nodes;
using Overlord.Bench.Report;
using Overlord.Bench.Scenarios;

namespace Overlord.Bench;

/// <summary>
/// The whole bench, one phase after the other so that phases do not load the machine for each other: a lone node
/// (idle memory, then the 31-node tree beside it and a no-op reconcile over that tree, the load test, the CLI's cold
/// start), then the agent over a small and a large repository deploying to one target node, and with <c>--scale</c>
/// the 1,000-node tree. <c>--only</c> skips the phases it does not name. Progress goes to <paramref name="progress"/>.
/// </summary>
public sealed class BenchRun(BenchOptions options, TextWriter progress)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var date = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Read();
        var sizes = options.Quick ? BenchSizes.Quick : BenchSizes.Full;
        var executables = Executables.In(options.RepositoryRoot);
        var cli = new OverlordCli(executables.Overlord);
        var work = options.WorkDirectory;
        Directory.CreateDirectory(work);

        ResultRows rows;
        Step("a lone node, idle");
        var singlePort = FreePort.Next();
        var singleConfig = NodeConfig.Write(Path.Combine(work, "single"), singlePort, ["bench"], []);
        await using (var single = await ServedNode.StartAsync(cli, singleConfig, singlePort, await cli.GenTokenAsync(singleConfig, cancellationToken), cancellationToken))
        {
            await Task.Delay(TimeSpan.FromSeconds(sizes.IdleSeconds), cancellationToken);
            rows = new ResultRows(single.ResidentBytes);
            if (options.Runs(BenchPhase.Tree) || options.Runs(BenchPhase.Reconcile))
            {
                Step("31 nodes starting");
                await using var nodes = await NodeTree.StartAsync(cli, Path.Combine(work, "tree"), cancellationToken);
                if (options.Runs(BenchPhase.Tree))
                {
                    Step("get-info over the tree and on the lone node");
                    rows = rows with { Tree = await TreeScenario.RunAsync(nodes, single, sizes, cancellationToken) };
                }

                if (options.Runs(BenchPhase.Reconcile))
                {
                    // After the tree's figures, so that the agent's first sync (a deployment on every node) and its
                    // node do not weigh on them.
                    Step("an agent over the tree: no-op reconciles");
                    rows = rows with { Reconcile = await ReconcileScenario.RunAsync(cli, nodes, Path.Combine(work, "reconcile"), sizes, cancellationToken) };
                }
            }

            if (options.Runs(BenchPhase.Load))
            {
                Step("load on the lone node's get-info route and on hello-kestrel");
                rows = rows with { Load = await LoadScenario.RunAsync(single, executables, sizes, cancellationToken) };
            }

            if (options.Runs(BenchPhase.ColdStart))
            {
                Step("cold starts");
                rows = rows with { ColdStart = await ColdStartScenario.RunAsync(single, executables, Path.Combine(work, "cli"), sizes, cancellationToken) };
            }
        }

        if (options.Runs(BenchPhase.Agent))
        {
            await using var target = await TargetNode.StartAsync(cli, Path.Combine(work, "target"), cancellationToken);
            Step($"agent over {sizes.SmallRepositorySpecs} specs: syncs, webhooks");
            var (small, webhooks) = await AgentAsync(cli, target, Path.Combine(work, "small"), sizes.SmallRepositorySpecs, sizes, withWebhooks: true, cancellationToken);
            Step($"agent over {sizes.LargeRepositorySpecs} specs: syncs");
            var (large, _) = await AgentAsync(cli, target, Path.Combine(work, "large"), sizes.LargeRepositorySpecs, sizes, withWebhooks: false, cancellationToken);
            rows = rows with { Webhooks = webhooks, Small = small, Large = large };
        }

        if (options.Runs(BenchPhase.Scale))
        {
            // Last, alone: 1,000 nodes load the machine for everything else.
            Step($"{ScaleTree.Nodes} nodes starting");
            var directory = Path.Combine(work, "scale");
            await using var tree = await ScaleTree.StartAsync(cli, executables.NodeHost, directory, Step, cancellationToken);
            rows = rows with { Scale = await ScaleScenario.RunAsync(cli, tree, directory, sizes, Step, cancellationToken) };
        }

        Step("done");
        return ResultsTable.Write(rows.All(), machine, date, Stopwatch.GetElapsedTime(_started), options.Quick, options.Only);
    }

    private static async Task<(SyncFigures Sync, WebhookFigures? Webhooks)> AgentAsync(
        OverlordCli cli, TargetNode target, string directory, int specs, BenchSizes sizes, bool withWebhooks, CancellationToken cancellationToken)
    {
        var repository = await SpecRepository.CreateAsync(directory, specs, "web", cancellationToken);
        var writesBefore = target.Recorder.Writes;
        await using var agent = await AgentNode.StartAsync(cli, Path.Combine(directory, "root"), repository, target, cancellationToken);
        var sync = await SyncScenario.RunAsync(agent, repository, target, specs, writesBefore, sizes, cancellationToken);
        return (sync, withWebhooks ? await WebhookScenario.RunAsync(agent, repository, target, sizes, cancellationToken) : null);
    }

    private void Step(string what) => progress.WriteLine($"[{Stopwatch.GetElapsedTime(_started):mm\\:ss}] {what}");
}
