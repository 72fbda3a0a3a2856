using System.Net.Http.Json;
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
    private readonly Dictionary<string, ServeProcess> _nodes = new(StringComparer.Ordinal);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes.Values)
        {
            await node.DisposeAsync();
        }

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
        var lateToken = await _repository.TokenAsync(late);
        var eu = await NodeConfigAsync("eu", ports["eu"], "[web, eu]", Chains(("late", ports["late"], lateToken)) + QuickRetry);
        var us = await NodeConfigAsync("us", ports["us"], "[web, us]", "");
        var root = await NodeConfigAsync("root", ports["root"], "[root]", Chains(("eu", ports["eu"], await _repository.TokenAsync(eu)), ("us", ports["us"], await _repository.TokenAsync(us))) + QuickRetry + $"""
            agent:
              repository: {_repository.Origin}
              interval: 1
              self_heal: true
            """);
        var rootToken = await _repository.TokenAsync(root);
        await StartAsync("eu", eu);
        await StartAsync("us", us);
        await _repository.PushAsync("start", ("README.md", "specs\n"));
        await StartAsync("root", root);
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).LastApplied is not null, "the agent's first sync", TimeSpan.FromSeconds(60));
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).Knows("us"), "the agent seeing us");

        // A node down at push time: the others deploy, and it catches up once it is back.
        await _nodes["us"].DisposeAsync();
        _nodes.Remove("us");
        await _repository.PushAsync("hello", ("files.yml", Files("first")), ("hello.yml", Project(web)));
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["eu"]) == "first\n", "eu serving the pushed project", TimeSpan.FromSeconds(60));
        await WaitAsync(ports["root"], rootToken, async () => (await StatusAsync(ports["root"], rootToken)).Has("hello.yml", "main.us", "unreachable"), "us reported unreachable");
        await StartAsync("us", us);
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["us"]) == "first\n", "us serving the project once back", TimeSpan.FromSeconds(60));

        // Destroyed by hand behind the agent's back: self_heal brings it back.
        await DestroyByHandAsync(ports["eu"], await _repository.TokenAsync(eu));
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["eu"]) is null, "eu no longer serving");
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["eu"]) == "first\n", "eu serving again after self-heal", TimeSpan.FromSeconds(60));

        // A push that changes only the metadata the service reads reaches every node.
        await _repository.PushAsync("new page", ("files.yml", Files("second")));
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["eu"]) == "second\n" && await PageAsync(web["us"]) == "second\n", "the new page on eu and us", TimeSpan.FromSeconds(60));

        // A node added below a child gets what its labels select.
        await StartAsync("late", late);
        await WaitAsync(ports["root"], rootToken, async () => await PageAsync(web["late"]) == "second\n", "the node added below eu serving", TimeSpan.FromSeconds(90));

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

    /// <summary>Smart timeouts of a second or two, so that a node that comes back is asked again soon.</summary>
    private const string QuickRetry = "autodisable:\n  interval: 1\n  increase: 1\n  max-increase: 1\n";

    private static string Chains(params (string Name, int Port, string Token)[] chains) =>
        "chains:\n" + string.Concat(chains.Select(chain => $"  {chain.Name}:\n    entrypoint: http://127.0.0.1:{chain.Port}\n    access_token: {chain.Token}\n"));

    private Task<string> NodeConfigAsync(string name, int port, string labels, string rest) =>
        Task.FromResult(_repository.Folder.Write($"{name}/overlord.yml", $"listen: 127.0.0.1\nport: {port}\nruntime: process\ndata_dir: '{_repository.Folder.Combine(name, "data")}'\nlabels: {labels}\n{rest}"));

    private async Task StartAsync(string name, string config) => _nodes[name] = await ServeProcess.StartAsync(config, Token, WalkthroughRepository.BareGit);

    private static string Files(string page) =>
        $"kind: metadata\ndatacenters:\n  main: {{}}\ndeployIn:\n  labels: [web]\nmetadata:\n  page.txt: \"{page}\\n\"\n  hello.makejail: |\n    ARG port\n    WORKDIR www\n    RUN cat \"${{OVERLORD_METADATA}}/page.txt\" > index.html\n    STAGE start\n    CMD ${{OVERLORD_BIN}} httpd --listen 127.0.0.1:${{port}} --root ${{OVERLORD_ROOT}}/www\n";

    private static string Project(Dictionary<string, int> web) => $"""
        kind: directorProject
        datacenters:
          main: {"{}"}
        deployIn:
          labels: [web]
        projectName: hello
        labelsEnvironment:
          eu: {"{"} PORT: '{web["eu"]}' {"}"}
          us: {"{"} PORT: '{web["us"]}' {"}"}
          late: {"{"} PORT: '{web["late"]}' {"}"}
        projectFile: |
          services:
            web:
              makejail: hello.makejail
              arguments:
                - port: !ENV '${"{"}PORT{"}"}'
        """;

    private static async Task DestroyByHandAsync(int port, string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/v1/project/down/hello") { Content = JsonContent.Create(new { force = true }) };
        request.Headers.Add("Authorization", "Bearer " + token);
        using var response = await http.SendAsync(request, Token);
        Assert.True(response.IsSuccessStatusCode, $"down by hand: {(int)response.StatusCode}");
    }

    private async Task<AgentStatus> StatusAsync(int port, string token)
    {
        var result = await _repository.OverlordAsync([], "agent-status", "--output", "json", "--entrypoint", $"http://127.0.0.1:{port}", "--token", token);
        Assert.True(result.ExitCode == 0, $"agent-status: {result.StdErr}");
        return new AgentStatus(JsonDocument.Parse(result.StdOut).RootElement.Clone());
    }

    private static async Task<string?> PageAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return await http.GetStringAsync($"http://127.0.0.1:{port}/", Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>What <c>agent-status --output json</c> printed.</summary>
    private sealed record AgentStatus(JsonElement Root)
    {
        public string? LastApplied => Root.GetProperty("last_applied_commit").GetString();

        private IEnumerable<JsonElement> Deployments => Root.GetProperty("deployments").EnumerateArray();

        public bool Has(string spec, string node, string status) =>
            Deployments.Any(row => row.GetProperty("spec").GetString() == spec && row.GetProperty("node").GetString() == node && row.GetProperty("status").GetString() == status);

        public bool Knows(string chain) => Root.GetProperty("nodes").EnumerateArray().Any(node => node.GetProperty("node").GetString() == chain);

        public bool AllSynced(int count) => Deployments.Count() == count && Deployments.All(row => row.GetProperty("status").GetString() == "synced");

        public string[] Nodes(string spec) =>
            Deployments.Where(row => row.GetProperty("spec").GetString() == spec).Select(row => row.GetProperty("node").GetString()!).Order(StringComparer.Ordinal).ToArray();
    }
}
