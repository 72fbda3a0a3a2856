using System.Security.Cryptography;
using System.Text;
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

    private readonly WalkthroughRepository _repository = new("overlord-gitops-walk");
    private readonly ServedTree _served = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    private TempDirectory Folder => _repository.Folder;

    [Fact]
    public async Task A_push_deploys_on_the_child_a_signed_webhook_syncs_at_once_and_notes_tell_what_happened()
    {
        var (rootPort, childPort, webPort) = (ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort());
        var origin = _repository.Origin;
        await _repository.InitAsync();
        var child = Folder.Write("child/overlord.yml", $"listen: 127.0.0.1\nport: {childPort}\nruntime: process\ndata_dir: '{Folder.Combine("child", "data")}'\nlabels: [web]\n");
        var childToken = await OverlordExecutable.GenTokenAsync(child);
        var root = Folder.Write("root/overlord.yml", $"""
            listen: 127.0.0.1
            port: {rootPort}
            runtime: process
            data_dir: '{Folder.Combine("root", "data")}'
            labels: [root]
            chains:
              alpha:
                entrypoint: http://127.0.0.1:{childPort}
                access_token: {childToken}
            agent:
              repository: {origin}
              interval: 3600
              webhooks:
                github:
                  secret: "{Secret}"
            """);
        var rootToken = await OverlordExecutable.GenTokenAsync(root);
        await _served.StartAsync(child, WalkthroughRepository.BareGit);
        await _served.StartAsync(root, WalkthroughRepository.BareGit);

        // A push, then a signed webhook: deployed at once (the next poll is an hour away).
        var first = await _repository.PushAsync("hello", ("files.yml", HelloSpecs.Makejail), ("makejail.yml", HelloSpecs.MetadataSpec), ("hello.yml", HelloSpecs.ProjectSpec(webPort, "first")));
        var signedFirst = await WebhookAsync(rootPort, first, null);
        await Eventually.HoldsAsync(async () => await ServedPage.TryReadAsync(webPort) == "first\n", "the pushed spec served on the child", TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(() => IdleAsync(rootPort, rootToken), "the agent idle");
        var second = await _repository.PushAsync("change", ("hello.yml", HelloSpecs.ProjectSpec(webPort, "second")));
        var forged = await WebhookAsync(rootPort, second, "sha256=" + new string('0', 64));
        var dryRun = await _repository.OverlordAsync([], "sync", "--dry-run", "--entrypoint", $"http://127.0.0.1:{rootPort}", "--token", rootToken);
        var signed = await WebhookAsync(rootPort, second, null);
        await Eventually.HoldsAsync(async () => await ServedPage.TryReadAsync(webPort) == "second\n", "the change served after the webhook", TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => IdleAsync(rootPort, rootToken), "the agent idle");
        await WalkthroughRepository.GitAsync(Folder.Path, "clone", "-q", origin, "fresh");
        await WalkthroughRepository.GitAsync(Folder.Combine("fresh"), "fetch", "-q", "origin", "refs/notes/*:refs/notes/*");
        var notes = await WalkthroughRepository.GitAsync(Folder.Combine("fresh"), "log", "--notes=overlord", "--format=%H%n%N");

        Assert.Equal(202, signedFirst);
        Assert.Equal(401, forged);
        Assert.Equal(202, signed);
        Assert.Contains("\"spec\":\"hello.yml\",\"kind\":\"directorProject\",\"project\":\"hello\",\"chain\":\"main.alpha\"", notes.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"DONE\"", notes.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"trigger\":\"webhook:", notes.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, dryRun.ExitCode);
        Assert.Contains("hello.yml", dryRun.StdOut, StringComparison.Ordinal);
    }

    private async Task<bool> IdleAsync(int rootPort, string rootToken)
    {
        var status = await _repository.OverlordAsync([], "agent-status", "--entrypoint", $"http://127.0.0.1:{rootPort}", "--token", rootToken);
        return status.ExitCode == 0 && !status.StdOut.Contains("running:", StringComparison.Ordinal) && !status.StdOut.Contains("pending plan:", StringComparison.Ordinal);
    }

    private async Task<int> WebhookAsync(int rootPort, string after, string? forgedSignature)
    {
        var origin = _repository.Origin;
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
}
