using Overlord.Cli.Commands;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Platform.Processes;

namespace Overlord.Cli.Demo;

internal sealed partial class DemoRun
{
    private static readonly TimeSpan NodePatience = TimeSpan.FromSeconds(60);

    // Each node's graceful stop (jobs, agent, services) takes well under a second when idle; 5 s is the promise.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(4);

    private static readonly Dictionary<string, string> OperatorToken = new(StringComparer.Ordinal) { ["overlord.demo"] = "operator" };

    private string? _rootToken;
    private string? _notesRef;

    /// <summary>Writes each node's overlord.yml; starts the children, then the root with its chains and agent.</summary>
    private async Task StartNodesAsync(DemoTree tree, DemoFolder folder, CancellationToken cancellationToken)
    {
        _progress.Step($"starting nodes {string.Join(" and ", tree.Children.Select(child => child.Name))} (process runtime)");
        var chains = new List<(DemoNode Child, string Token)>();
        foreach (var child in tree.Children)
        {
            var config = WriteConfig(folder, child, [], null);
            chains.Add((child, await GenTokenCommand.IssueAsync(config, new Dictionary<string, string>(), null, cancellationToken)));
        }

        await Task.WhenAll(tree.Children.Select(child => StartNodeAsync(folder, child, new Dictionary<string, string>(), cancellationToken)));
        foreach (var child in tree.Children)
        {
            _progress.Detail($"{child.Name,-4} {child.Entrypoint}  labels: {child.LabelsText}");
        }

        var origin = new Uri(folder.Origin).AbsoluteUri;
        _progress.Step($"starting node {tree.Root.Name}; its GitOps agent watches {origin}");
        var rootConfig = WriteConfig(folder, tree.Root, chains, origin);
        _rootToken = await GenTokenCommand.IssueAsync(rootConfig, OperatorToken, null, cancellationToken);
        _notesRef = rootConfig.Agent?.NotesRef;
        await StartNodeAsync(folder, tree.Root, tree.AgentEnvironment, cancellationToken);
        _progress.Detail($"{tree.Root.Name,-4} {tree.Root.Entrypoint}  labels: {tree.Root.LabelsText}  chains: {string.Join(", ", chains.Select(chain => chain.Child.Name))}");
    }

    private async Task StartNodeAsync(DemoFolder folder, DemoNode node, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var process = await NodeProcess.StartAsync(
            SelfInvocation.Find() ?? throw new InvalidOperationException("the path of the running executable is unknown"), node.Name, Path.Combine(folder.NodeFolder(node), "overlord.yml"), environment, NodePatience, cancellationToken);
        lock (_running)
        {
            _running.Add((node, process));
        }
    }

    private static OverlordConfig WriteConfig(DemoFolder folder, DemoNode node, IReadOnlyList<(DemoNode Child, string Token)> chains, string? agentRepository)
    {
        var directory = folder.NodeFolder(node);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "overlord.yml");
        File.WriteAllText(path, DemoNodeConfig.Text(node, Path.Combine(directory, "data"), chains, agentRepository));
        var loaded = ConfigLoader.Load(path, VariableSource.FromProcess());
        return loaded.Config
            ?? throw new OverlordException($"{path}: the demo wrote a configuration that was refused: {string.Join("; ", loaded.Diagnostics.Errors)}", ExitCodes.Software);
    }

    /// <summary>Stops every node at once (SIGTERM; each stops its services), killing one that does not stop in time.</summary>
    private async Task StopNodesAsync()
    {
        if (_running.Count == 0)
        {
            return;
        }

        await Output.WriteLineAsync($"stopping {_running.Count} node(s) and their services...");
        var stops = await Task.WhenAll(_running.Select(running => running.Process.StopAsync(StopGrace)));
        foreach (var (_, process) in _running)
        {
            await process.DisposeAsync();
        }

        var killed = _running.Where((_, index) => !stops[index]).Select(running => running.Node.Name).ToList();
        await Output.WriteLineAsync(killed.Count == 0 ? "stopped." : $"stopped ({string.Join(", ", killed)} killed after {StopGrace.TotalSeconds:0} s).");
        _running.Clear();
    }
}
