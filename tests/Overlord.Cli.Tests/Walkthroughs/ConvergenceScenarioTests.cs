using System.Text.Json;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 9's cases with real nodes and real git, each on its own small tree (a root with the agent, children eu and
/// us labelled web): drift without self_heal is reported and left alone, a removed label orphans a project and
/// <c>overlord sync --prune</c> destroys it without a new commit, and a reconcile with nothing to do asks the children
/// for nothing but the one tree read.
/// </summary>
public sealed class ConvergenceScenarioTests : IAsyncDisposable
{
    private readonly WalkthroughRepository _repository = new("overlord-converge");
    private readonly ServedTree _served = new();
    private readonly Dictionary<string, ServeProcess> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _web = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _configs = new(StringComparer.Ordinal);
    private string _rootToken = "";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task Without_self_heal_a_project_destroyed_by_hand_is_reported_out_of_sync_and_left_alone()
    {
        await StartTreeAsync(agentInterval: 1);
        await DeployHelloAsync();

        await ConvergenceTree.DestroyByHandAsync(_ports["eu"], await OverlordExecutable.GenTokenAsync(_configs["eu"]));
        await Eventually.HoldsAsync(async () => (await StatusAsync()).Has("hello.yml", "main.eu", "out_of_sync"), "the drift reported", TimeSpan.FromSeconds(60));
        var diff = await AgentCommandAsync("diff");

        Assert.Null(await ServedPage.TryReadAsync(_web["eu"]));
        Assert.Equal("hello\n", await ServedPage.TryReadAsync(_web["us"]));
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("main.eu  out_of_sync hello.yml: destroyed on the node (self_heal is off)", diff.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_label_orphans_the_project_and_sync_prune_destroys_it_without_a_new_commit()
    {
        await StartTreeAsync(agentInterval: 1);
        await DeployHelloAsync();

        // The operator takes the web label off us and restarts it: the project runs on, no longer selected.
        await _nodes["us"].DisposeAsync();
        _configs["us"] = NodeConfig("us", "[us]", "");
        await StartAsync("us");
        await Eventually.HoldsAsync(async () => (await StatusAsync()).Has("hello.yml", "main.us", "orphaned"), "us reported orphaned", TimeSpan.FromSeconds(60));
        var diff = await AgentCommandAsync("diff", "-f", "./hello.yml");
        Assert.Equal("hello\n", await ServedPage.TryReadAsync(_web["us"]));
        var prune = await AgentCommandAsync("sync", "--prune", "--wait");

        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("main.us  orphaned hello.yml: no longer selected on this node (prune is off)", diff.StdOut, StringComparison.Ordinal);
        Assert.True(prune.ExitCode == 0, prune.StdOut + prune.StdErr);
        Assert.Contains("destroy  hello.yml", prune.StdOut, StringComparison.Ordinal);
        Assert.Null(await ServedPage.TryReadAsync(_web["us"]));
        Assert.Equal("hello\n", await ServedPage.TryReadAsync(_web["eu"]));
        var status = await StatusAsync();
        Assert.False(status.Has("hello.yml", "main.us", "orphaned"));
        Assert.True(status.Has("hello.yml", "main.eu", "synced"));
    }

    [Fact]
    public async Task A_reconcile_with_nothing_to_do_asks_each_child_for_the_tree_once_and_nothing_else()
    {
        await StartTreeAsync(agentInterval: 3600);
        await DeployHelloAsync(sync: true);
        var counts = new Dictionary<string, Dictionary<string, double>>
        {
            ["eu"] = await RequestCountsAsync("eu"),
            ["us"] = await RequestCountsAsync("us"),
        };

        var sync = await AgentCommandAsync("sync", "--wait");

        Assert.True(sync.ExitCode == 0, sync.StdOut + sync.StdErr);
        Assert.Contains("up_to_date", sync.StdOut, StringComparison.Ordinal);
        foreach (var child in counts.Keys)
        {
            var after = await RequestCountsAsync(child);
            var asked = after.Where(pair => pair.Value > counts[child].GetValueOrDefault(pair.Key) && !pair.Key.Contains("/metrics", StringComparison.Ordinal))
                .ToDictionary(pair => pair.Key, pair => pair.Value - counts[child].GetValueOrDefault(pair.Key));
            var only = Assert.Single(asked);
            Assert.Contains("/v1/tree/", only.Key, StringComparison.Ordinal);
            Assert.Equal(1, only.Value);
        }
    }

    private async Task StartTreeAsync(int agentInterval)
    {
        foreach (var name in (string[])["root", "eu", "us"])
        {
            _ports[name] = ServeProcess.FreePort();
        }

        _web["eu"] = ServeProcess.FreePort();
        _web["us"] = ServeProcess.FreePort();
        await _repository.InitAsync();
        _configs["eu"] = NodeConfig("eu", "[web, eu]", "");
        _configs["us"] = NodeConfig("us", "[web, us]", "");
        var chains = ConvergenceTree.Chains(("eu", _ports["eu"], await OverlordExecutable.GenTokenAsync(_configs["eu"])), ("us", _ports["us"], await OverlordExecutable.GenTokenAsync(_configs["us"])));
        _configs["root"] = NodeConfig("root", "[root]", chains + ConvergenceTree.QuickRetry + $"agent:\n  repository: {_repository.Origin}\n  interval: {agentInterval}\n");
        _rootToken = await OverlordExecutable.GenTokenAsync(_configs["root"]);
        await StartAsync("eu");
        await StartAsync("us");
        await StartAsync("root");
    }

    private async Task DeployHelloAsync(bool sync = false)
    {
        await _repository.PushAsync("hello", ("files.yml", ConvergenceTree.Files("hello")), ("hello.yml", ConvergenceTree.Project(_web)));
        if (sync)
        {
            var synced = await AgentCommandAsync("sync", "--wait");
            Assert.True(synced.ExitCode == 0, synced.StdOut + synced.StdErr);
        }

        await Eventually.HoldsAsync(async () => (await StatusAsync()).AllSynced(4), "hello synced on eu and us", TimeSpan.FromSeconds(60));
        Assert.Equal("hello\n", await ServedPage.TryReadAsync(_web["eu"]));
    }

    private string NodeConfig(string name, string labels, string rest) =>
        ServedTree.WriteConfig(_repository.Folder, new ServedNode(name, _ports[name]) { Labels = labels, ExtraYaml = rest });

    private async Task StartAsync(string name) => _nodes[name] = await _served.StartAsync(_configs[name], WalkthroughRepository.BareGit);

    private Task<Platform.Processes.ToolResult> AgentCommandAsync(params string[] args) =>
        _repository.OverlordAsync([], [.. args, "--entrypoint", $"http://127.0.0.1:{_ports["root"]}", "--token", _rootToken]);

    private async Task<ConvergenceTree.AgentStatus> StatusAsync()
    {
        var result = await AgentCommandAsync("agent-status", "--output", "json");
        Assert.True(result.ExitCode == 0, $"agent-status: {result.StdErr}");
        return new ConvergenceTree.AgentStatus(JsonDocument.Parse(result.StdOut).RootElement.Clone());
    }

    /// <summary>The node's <c>overlord_http_requests_total</c> samples, by their label set.</summary>
    private async Task<Dictionary<string, double>> RequestCountsAsync(string node)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bearer " + await OverlordExecutable.GenTokenAsync(_configs[node]));
        var text = await http.GetStringAsync($"http://127.0.0.1:{_ports[node]}/metrics", Token);
        return text.Split('\n')
            .Where(line => line.StartsWith("overlord_http_requests_total{", StringComparison.Ordinal))
            .ToDictionary(line => line[..line.LastIndexOf(' ')], line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
