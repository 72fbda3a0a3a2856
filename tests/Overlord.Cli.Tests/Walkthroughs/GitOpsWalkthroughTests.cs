using System.Security.Cryptography;
using System.Text;
using Overlord.Runtime.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 4's "Done when", played with the real executable: a bare git repository on disk, a root node and a
/// child node started with <c>overlord serve</c>, the root's <c>agent:</c> pointing at the repository; a pushed
/// spec is deployed on the child within the poll interval, a change at once after a signed webhook, a forged
/// webhook is refused, <c>git log --notes=overlord</c> in a fresh clone shows each node, and
/// <c>overlord sync --dry-run</c> shows the next plan.
/// </summary>
public sealed class GitOpsWalkthroughTests : IAsyncDisposable
{
    private const string Secret = "It's a Secret to Everybody";
    private static readonly Dictionary<string, string> Identity = new()
    {
        ["GIT_AUTHOR_NAME"] = "Operator",
        ["GIT_AUTHOR_EMAIL"] = "op@example.org",
        ["GIT_COMMITTER_NAME"] = "Operator",
        ["GIT_COMMITTER_EMAIL"] = "op@example.org",
    };

    private readonly TempDirectory _folder = new("overlord-gitops-walk");
    private readonly List<ServeProcess> _nodes = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _folder.Dispose();
    }

    [Fact]
    public async Task A_push_deploys_on_the_child_a_signed_webhook_syncs_at_once_and_notes_tell_what_happened()
    {
        var (rootPort, childPort, webPort) = (ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort());
        var origin = _folder.Combine("origin.git");
        await GitAsync(_folder.Path, "init", "-q", "--bare", "-b", "main", origin);
        await GitAsync(_folder.Path, "clone", "-q", origin, "work");
        var child = _folder.Write("child/overlord.yml", $"listen: 127.0.0.1\nport: {childPort}\nruntime: process\ndata_dir: '{_folder.Combine("child", "data")}'\nlabels: [web]\n");
        var childToken = await OverlordAsync(new() { ["OVERLORD_CONFIG"] = child }, "gen-token");
        var root = _folder.Write("root/overlord.yml", $"""
            listen: 127.0.0.1
            port: {rootPort}
            runtime: process
            data_dir: '{_folder.Combine("root", "data")}'
            labels: [root]
            chains:
              alpha:
                entrypoint: http://127.0.0.1:{childPort}
                access_token: {childToken.StdOut.Trim()}
            agent:
              repository: {origin}
              interval: 3600
              webhooks:
                github:
                  secret: "{Secret}"
            """);
        var rootToken = (await OverlordAsync(new() { ["OVERLORD_CONFIG"] = root }, "gen-token")).StdOut.Trim();
        // Where git has no user configured: no global or system config for the nodes' git.
        var bareGit = new Dictionary<string, string> { ["GIT_CONFIG_GLOBAL"] = "/dev/null", ["GIT_CONFIG_NOSYSTEM"] = "1", ["EMAIL"] = "" };
        _nodes.Add(await ServeProcess.StartAsync(child, Token, bareGit));
        _nodes.Add(await ServeProcess.StartAsync(root, Token, bareGit));

        // A push, then a signed webhook: deployed at once (the next poll is an hour away).
        var first = await PushAsync("hello", ("files.yml", Makejail()), ("makejail.yml", MetadataSpec), ("hello.yml", ProjectSpec(webPort, "first")));
        var signedFirst = await WebhookAsync(rootPort, first, null);
        await Eventually.HoldsAsync(async () => await PageAsync(webPort) == "first\n", "the pushed spec served on the child", TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(() => IdleAsync(rootPort, rootToken), "the agent idle");
        var second = await PushAsync("change", ("hello.yml", ProjectSpec(webPort, "second")));
        var forged = await WebhookAsync(rootPort, second, "sha256=" + new string('0', 64));
        var dryRun = await OverlordAsync([], "sync", "--dry-run", "--entrypoint", $"http://127.0.0.1:{rootPort}", "--token", rootToken);
        var signed = await WebhookAsync(rootPort, second, null);
        await Eventually.HoldsAsync(async () => await PageAsync(webPort) == "second\n", "the change served after the webhook", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => IdleAsync(rootPort, rootToken), "the agent idle");
        await GitAsync(_folder.Path, "clone", "-q", origin, "fresh");
        await GitAsync(_folder.Combine("fresh"), "fetch", "-q", "origin", "refs/notes/*:refs/notes/*");
        var notes = await GitAsync(_folder.Combine("fresh"), "log", "--notes=overlord", "--format=%H%n%N");

        Assert.Equal(202, signedFirst);
        Assert.Equal(401, forged);
        Assert.Equal(202, signed);
        Assert.Contains("\"spec\":\"hello.yml\",\"kind\":\"directorProject\",\"project\":\"hello\",\"chain\":\"main.alpha\"", notes.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"DONE\"", notes.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"trigger\":\"webhook:", notes.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Contains("hello.yml", dryRun.StdOut, StringComparison.Ordinal);
    }

    private const string MetadataSpec = "kind: metadata\ndatacenters:\n  main: {}\ndeployIn:\n  labels: [web]\ninclude:\n  - files.yml\n";

    private static string Makejail() =>
        "hello.makejail: |\n  ARG port\n  ARG text\n  WORKDIR www\n  RUN echo \"${text}\" > index.html\n  STAGE start\n  CMD ${OVERLORD_BIN} httpd --listen 127.0.0.1:${port} --root ${OVERLORD_ROOT}/www\n";

    private static string ProjectSpec(int port, string text) => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: !ENV '${"{"}OVERLORD_ENTRYPOINT{"}"}'
            access_token: !ENV '${"{"}OVERLORD_TOKEN{"}"}'
        deployIn:
          labels: [web]
        projectName: hello
        projectFile: |
          services:
            web:
              makejail: hello.makejail
              arguments:
                - port: '{port}'
                - text: {text}
        """;

    private async Task<bool> IdleAsync(int rootPort, string rootToken)
    {
        var status = await OverlordAsync([], "agent-status", "--entrypoint", $"http://127.0.0.1:{rootPort}", "--token", rootToken);
        return status.ExitCode == 0 && !status.StdOut.Contains("running:", StringComparison.Ordinal) && !status.StdOut.Contains("pending plan:", StringComparison.Ordinal);
    }

    private async Task<string> PushAsync(string message, params (string Path, string Text)[] files)
    {
        var work = _folder.Combine("work");
        foreach (var (path, text) in files)
        {
            _folder.Write(Path.Combine("work", path), text);
        }

        await GitAsync(work, "add", "-A");
        await GitAsync(work, "commit", "-q", "-m", message);
        await GitAsync(work, "push", "-q", "origin", "HEAD:main");
        return (await GitAsync(work, "rev-parse", "HEAD")).StdOut.Trim();
    }

    private async Task<int> WebhookAsync(int rootPort, string after, string? forgedSignature)
    {
        var origin = _folder.Combine("origin.git");
        var body = $$$"""{"ref":"refs/heads/main","after":"{{{after}}}","repository":{"clone_url":"{{{origin}}}"}}""";
        var signature = forgedSignature ?? "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes(body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{rootPort}/v1/webhooks/github")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", signature);
        using var http = new HttpClient();
        return (int)(await http.SendAsync(request, Token)).StatusCode;
    }

    private static async Task<string?> PageAsync(int port)
    {
        using var http = new HttpClient();
        try
        {
            return await http.GetStringAsync($"http://127.0.0.1:{port}/", Token);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<ToolResult> GitAsync(string directory, params string[] args)
    {
        var result = await ToolRunner.RunAsync("git", args, new ToolRunOptions { WorkingDirectory = directory, Environment = Identity, Timeout = TimeSpan.FromSeconds(60) }, Token);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', args)}: {result.StdErr}");
        return result;
    }

    private async Task<ToolResult> OverlordAsync(Dictionary<string, string> environment, params string[] args) =>
        await ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions
        {
            WorkingDirectory = _folder.Path,
            Environment = environment,
            Timeout = TimeSpan.FromSeconds(60),
        }, Token);
}
