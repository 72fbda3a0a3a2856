using System.Text.Json;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 9's "Done when", played with the real executable on loopback, the process runtime and an agent polling every
/// second, with no new commit and no manual sync for each catch-up: a node that was down at push time serves the
/// project once it is back; a project destroyed by hand is running again (self_heal on); a push that changes only
/// the metadata the service reads is served by every node; a node added below a child serves what its labels select;
/// <c>overlord agent-status --output json</c> then says <c>synced</c> for every spec and node.
/// </summary>
public sealed class ConvergenceWalkthroughTests : IAsyncDisposable
{
    private readonly WalkthroughRepository _repository = new("overlord-converge-walk");
    private readonly ServedTree _served = new();
    private readonly Dictionary<string, ServeProcess> _nodes = new(StringComparer.Ordinal);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task Every_node_reaches_what_the_branch_says_without_a_new_commit()
    {
        var ports = new Dictionary<string, int>
        {
            ["root"] = ServeProcess.FreePort(),
            ["eu"] = ServeProcess.FreePort(),
            ["us"] = ServeProcess.FreePort(),
            ["late"] = ServeProcess.FreePort(),
        };
        var web = new Dictionary<string, int> { ["eu"] = ServeProcess.FreePort(), ["us"] = ServeProcess.FreePort(), ["late"] = ServeProcess.FreePort() };
        await _repository.InitAsync();
        var late = await NodeConfigAsync("late", ports["late"], "[web, late]", "");
        var lateToken = await OverlordExecutable.GenTokenAsync(late);
        var eu = await NodeConfigAsync("eu", ports["eu"], "[web, eu]", ConvergenceTree.Chains(("late", ports["late"], lateToken)) + ConvergenceTree.QuickRetry);
        var us = await NodeConfigAsync("us", ports["us"], "[web, us]", "");
        var root = await NodeConfigAsync("root", ports["root"], "[root]", ConvergenceTree.Chains(("eu", ports["eu"], await OverlordExecutable.GenTokenAsync(eu)), ("us", ports["us"], await OverlordExecutable.GenTokenAsync(us))) + ConvergenceTree.QuickRetry + $"""
            agent:
              repository: {_repository.Origin}
              interval: 1
              self_heal: true
            """);
        var rootToken = await OverlordExecutable.GenTokenAsync(root);
        await StartAsync("eu", eu);
        await StartAsync("us", us);
        await _repository.PushAsync("start", ("README.md", "specs\n"));
        await StartAsync("root", root);
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).LastApplied is not null, "the agent's first sync", TimeSpan.FromSeconds(60));
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).Knows("us"), "the agent seeing us");

        // A node down at push time: the others deploy, and it catches up once it is back.
        await _nodes["us"].DisposeAsync();
        _nodes.Remove("us");
        var hello = await _repository.PushAsync("hello", ("files.yml", ConvergenceTree.Files("first")), ("hello.yml", ConvergenceTree.Project(web)));
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["eu"]) == "first\n", "eu serving the pushed project", TimeSpan.FromSeconds(60));
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).Has("hello.yml", "main.us", "unreachable"), "us reported unreachable");
        await StartAsync("us", us);
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["us"]) == "first\n", "us serving the project once back", TimeSpan.FromSeconds(60));
        await WaitAsync(ports["root"], rootToken, async () => (await _repository.NoteLinesAsync(hello)).Any(line =>
            line.Contains("\"spec\":\"hello.yml\"", StringComparison.Ordinal) && line.Contains("\"chain\":\"main.us\"", StringComparison.Ordinal)
            && line.Contains("\"state\":\"DONE\"", StringComparison.Ordinal)), "a note line on the commit saying us got it");

        // Destroyed by hand behind the agent's back: self_heal brings it back.
        await ConvergenceTree.DestroyByHandAsync(ports["eu"], await OverlordExecutable.GenTokenAsync(eu));
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["eu"]) is null, "eu no longer serving");
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["eu"]) == "first\n", "eu serving again after self-heal", TimeSpan.FromSeconds(60));

        // A push that changes only the metadata the service reads reaches every node.
        await _repository.PushAsync("new page", ("files.yml", ConvergenceTree.Files("second")));
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["eu"]) == "second\n" && await ServedPage.TryReadAsync(web["us"]) == "second\n", "the new page on eu and us", TimeSpan.FromSeconds(60));

        // A node added below a child gets what its labels select.
        await StartAsync("late", late);
        await WaitAsync(ports["root"], rootToken, async () => await ServedPage.TryReadAsync(web["late"]) == "second\n", "the node added below eu serving", TimeSpan.FromSeconds(90));

        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).AllSynced(6), "every spec synced on every node", TimeSpan.FromSeconds(60));
        var status = await StatusAsync(ports["root"], rootToken);
        Assert.Equal(["main.eu", "main.eu.late", "main.us"], status.Nodes("hello.yml"));
        Assert.Equal(["main.eu", "main.eu.late", "main.us"], status.Nodes("files.yml"));
    }

    /// <summary>Waits for a condition; on a timeout the failure shows what the agent said last.</summary>
    private async Task WaitAsync(int rootPort, string rootToken, Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        try
        {
            await Eventually.HoldsAsync(condition, what, limit);
        }
        catch (TimeoutException exception)
        {
            var status = await _repository.OverlordAsync([], "agent-status", "--entrypoint", $"http://127.0.0.1:{rootPort}", "--token", rootToken);
            throw new TimeoutException($"{exception.Message}\nagent-status:\n{status.StdOut}{status.StdErr}", exception);
        }
    }

    private Task<string> NodeConfigAsync(string name, int port, string labels, string rest) =>
        Task.FromResult(ServedTree.WriteConfig(_repository.Folder, new ServedNode(name, port) { Labels = labels, ExtraYaml = rest }));

    private async Task StartAsync(string name, string config) => _nodes[name] = await _served.StartAsync(config, WalkthroughRepository.BareGit);

    private async Task<ConvergenceTree.AgentStatus> StatusAsync(int port, string token)
    {
        var result = await _repository.OverlordAsync([], "agent-status", "--output", "json", "--entrypoint", $"http://127.0.0.1:{port}", "--token", token);
        Assert.True(result.ExitCode == 0, $"agent-status: {result.StdErr}");
        return new ConvergenceTree.AgentStatus(JsonDocument.Parse(result.StdOut).RootElement.Clone());
    }
}
