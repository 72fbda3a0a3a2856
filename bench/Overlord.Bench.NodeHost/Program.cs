using Overlord.Bench.NodeHost;
using Overlord.Bench.Nodes;

// overlord-bench-nodes PLAN DIRECTORY: starts the planned nodes (children first) in DIRECTORY/NAME, says so on
// stdout, then follows the bench's commands on stdin until it ends (NodeHostLines). A bench facility only.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: overlord-bench-nodes PLAN DIRECTORY (started by overlord-bench --scale)");
    return 64;
}

using var stop = new CancellationTokenSource();
await using var nodes = new HostedNodes();
try
{
    foreach (var planned in PlannedNode.ReadPlan(args[0]))
    {
        var chains = planned.Children.Select(child => new ChainLink(child, nodes[child].Address, nodes[child].Token, planned.PatienceSeconds)).ToList();
        var started = await HostedNode.StartAsync(Path.Combine(args[1], planned.Name), planned.Labels, chains, PlannedNode.TreeTimeout(planned.PatienceSeconds), stop.Token);
        nodes.Add(planned.Name, started);
        Console.Out.WriteLine(NodeHostLines.Format(NodeHostLines.Node, planned.Name, started.Address, started.Token));
    }

    Console.Out.WriteLine(NodeHostLines.Up);
    await nodes.FollowAsync(Console.In, Console.Out, stop.Token);
    return 0;
}
finally
{
    await stop.CancelAsync();
}
