using System.Diagnostics;
using System.Globalization;
using Overlord.Bench.Measuring;

namespace Overlord.Bench.Nodes;

/// <summary>
/// 1,000 real nodes in a tree of depth 3: a root (<c>overlord serve</c>, as an operator runs it), 10 children
/// <c>aP</c>, 100 grandchildren <c>aPbQ</c> and 889 leaves <c>aPbQcK</c> (9 under each of the first 89
/// grandchildren, 8 under the last 11). Every node is labelled <c>scale</c>; every leaf also <c>leaf</c> and one
/// <c>groupG</c> of ten, spread so that each group has leaves under most grandchildren. Each child with its subtree
/// (100 nodes) lives in one <c>overlord-bench-nodes</c> process (<see cref="NodeHostProcess"/>), so 10 processes
/// and the root's hold them all; the links are made as an operator makes them, with tokens the children made.
/// </summary>
public sealed class ScaleTree : IAsyncDisposable
{
    public const int Nodes = 1_000;
    public const int Branches = 10;
    public const int Groups = 10;
    public const string Label = "scale";
    public const string LeafLabel = "leaf";

    private const int Grandchildren = Branches * Branches;
    private const int Leaves = Nodes - 1 - Branches - Grandchildren;
    /// <summary>
    /// The chains' read and write timeouts and the nodes' <c>tree_timeout</c> (10 and 30 s by default): the first
    /// get-info through 1,000 fresh nodes sharing 2 busy cores took longer than 10 s at each hop.
    /// </summary>
    public const int PatienceSeconds = 60;

    private static readonly TimeSpan HostPatience = TimeSpan.FromMinutes(10);

    private readonly List<NodeHostProcess> _hosts;
    private readonly Dictionary<string, NodeHostProcess> _hostOf;

    private ScaleTree(List<NodeHostProcess> hosts, Dictionary<string, NodeHostProcess> hostOf, ServedNode root, IReadOnlyList<ChainLink> rootChains)
    {
        _hosts = hosts;
        _hostOf = hostOf;
        Root = root;
        RootChains = rootChains;
    }

    public ServedNode Root { get; }

    /// <summary>The root's <c>chains:</c>, so that the agent's own root can stand over the same children.</summary>
    public IReadOnlyList<ChainLink> RootChains { get; }

    /// <summary>Every leaf's name.</summary>
    public static IReadOnlyList<string> AllLeaves { get; } = Plan().SelectMany(host => host).Where(node => node.Labels.Contains(LeafLabel)).Select(node => node.Name).ToList();

    /// <summary>The processes the nodes live in: the root's and the hosts'.</summary>
    public int Processes => _hosts.Count + 1;

    /// <summary>CPU time (user + system) every process of the tree has used, summed.</summary>
    public TimeSpan ProcessorTime => _hosts.Aggregate(Root.ProcessorTime, (sum, host) => sum + host.ProcessorTime);

    /// <summary>Resident memory of every process of the tree, summed.</summary>
    public long ResidentBytes => _hosts.Aggregate(Root.ResidentBytes, (sum, host) => sum + host.ResidentBytes);

    /// <summary>The leaves labelled <c>groupG</c>.</summary>
    public static IReadOnlyList<string> LeavesOf(string group) =>
        Plan().SelectMany(host => host).Where(node => node.Labels.Contains(group)).Select(node => node.Name).ToList();

    public static string Group(int group) => "group" + group.ToString(CultureInfo.InvariantCulture);

    /// <summary>Starts the 10 host processes at once, then the root over them; <paramref name="progress"/> hears how far it got.</summary>
    public static async Task<ScaleTree> StartAsync(OverlordCli cli, string hostExecutable, string directory, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(progress);
        if (!File.Exists(hostExecutable))
        {
            throw new FileNotFoundException($"{hostExecutable} is missing: run bench/run --scale, which publishes it", hostExecutable);
        }

        var up = 0;
        var started = Stopwatch.GetTimestamp();
        void NodeUp(string name)
        {
            var count = Interlocked.Increment(ref up);
            if (count % 100 == 0)
            {
                progress($"{count} of {Nodes - 1} hosted nodes up ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
            }
        }

        var plans = Plan();
        var starting = plans.Select((plan, index) => NodeHostProcess.StartAsync(
            hostExecutable, Path.Combine(directory, "host" + index.ToString(CultureInfo.InvariantCulture)), plan, NodeUp, HostPatience, cancellationToken)).ToList();
        var hosts = new List<NodeHostProcess>();
        try
        {
            try
            {
                await Task.WhenAll(starting);
            }
            finally
            {
                // Every process that did start is stopped with the tree, even when another failed.
                hosts.AddRange(starting.Where(task => task.IsCompletedSuccessfully).Select(task => task.Result));
            }

            var hostOf = new Dictionary<string, NodeHostProcess>(StringComparer.Ordinal);
            for (var i = 0; i < plans.Count; i++)
            {
                foreach (var node in plans[i])
                {
                    hostOf[node.Name] = hosts[i];
                }
            }

            var children = plans.Select((plan, index) => hosts[index].Link(plan[^1].Name) with { ReadTimeoutSeconds = PatienceSeconds }).ToList();
            var port = FreePort.Next();
            var config = NodeConfig.Write(Path.Combine(directory, "root"), port, [Label, "root"], children, PlannedNode.TreeTimeout(PatienceSeconds));
            var root = await ServedNode.StartAsync(cli, config, port, await cli.GenTokenAsync(config, cancellationToken), cancellationToken);
            progress($"{Nodes} nodes up in {hosts.Count + 1} processes ({Stopwatch.GetElapsedTime(started).TotalSeconds:0} s)");
            return new ScaleTree(hosts, hostOf, root, children);
        }
        catch
        {
            await Task.WhenAll(hosts.Select(host => host.DisposeAsync().AsTask()));
            throw;
        }
    }

    /// <summary>Arms every host (<see cref="NodeHostProcess.ArmAsync"/>) for a new generation of writes.</summary>
    public Task ArmAsync(int generation, CancellationToken cancellationToken) =>
        Task.WhenAll(_hosts.Select(host => host.ArmAsync(generation, cancellationToken)));

    /// <summary>
    /// Waits until every node of <paramref name="leaves"/> has received its first write since <c>arm</c>
    /// <paramref name="generation"/>; returns the timestamp of the last of them.
    /// </summary>
    public async Task<long> AllWrittenAsync(int generation, IReadOnlyList<string> leaves, TimeSpan patience, CancellationToken cancellationToken)
    {
        var key = generation.ToString(CultureInfo.InvariantCulture);
        await Eventually.HoldsAsync(
            _ => Task.FromResult(leaves.All(leaf => _hostOf[leaf].Writes[key].ContainsKey(leaf))),
            $"a write on each of {leaves.Count} leaves",
            patience,
            cancellationToken);
        return leaves.Max(leaf => _hostOf[leaf].Writes[key][leaf]);
    }

    /// <summary>The nodes that received a write since <c>arm</c> <paramref name="generation"/>.</summary>
    public int WrittenCount(int generation) =>
        _hosts.Sum(host => host.Writes.TryGetValue(generation.ToString(CultureInfo.InvariantCulture), out var writes) ? writes.Count : 0);

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_hosts.Select(host => host.DisposeAsync().AsTask()).Append(Root.DisposeAsync().AsTask()));
    }

    /// <summary>One plan per child of the root: its grandchildren's leaves, each grandchild after its leaves, the child last.</summary>
    private static List<List<PlannedNode>> Plan()
    {
        var plans = new List<List<PlannedNode>>();
        for (var p = 0; p < Branches; p++)
        {
            var plan = new List<PlannedNode>();
            var grandchildren = new List<string>();
            for (var q = 0; q < Branches; q++)
            {
                var index = (p * Branches) + q;
                var leaves = new List<string>();
                for (var k = 0; k < LeavesUnder(index); k++)
                {
                    var leaf = $"a{p}b{q}c{k}";
                    plan.Add(new PlannedNode(leaf, [Label, LeafLabel, Group((index + k) % Groups)], [], PatienceSeconds));
                    leaves.Add(leaf);
                }

                grandchildren.Add($"a{p}b{q}");
                plan.Add(new PlannedNode(grandchildren[^1], [Label], leaves, PatienceSeconds));
            }

            plan.Add(new PlannedNode($"a{p}", [Label], grandchildren, PatienceSeconds));
            plans.Add(plan);
        }

        return plans;
    }

    // 889 leaves over 100 grandchildren: 9 under each of the first 89, 8 under the others.
    private static int LeavesUnder(int grandchild) => (Leaves / Grandchildren) + (grandchild < Leaves % Grandchildren ? 1 : 0);
}
