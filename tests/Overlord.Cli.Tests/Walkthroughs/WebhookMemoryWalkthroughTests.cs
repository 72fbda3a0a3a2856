using System.Globalization;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 11.1's "Done when", on the real executable: a node started with <c>overlord serve</c> and an agent with a
/// secret for each provider gets sixteen 24 MiB webhook posts at once without a signature or token. Each is refused
/// 401 from its headers, and the node's resident memory (VmRSS) ends within 100 MiB of where it was.
/// </summary>
public sealed class WebhookMemoryWalkthroughTests : IAsyncDisposable
{
    private const long BodyBytes = 24L << 20;
    private const long AllowedGrowthBytes = 100L << 20;

    private readonly WalkthroughRepository _repository = new("overlord-webhook-memory");
    private readonly ServedTree _served = new();
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task Sixteen_unsigned_24_MiB_posts_at_once_are_refused_401_and_leave_the_memory_where_it_was()
    {
        Assert.SkipUnless(File.Exists("/proc/self/status"), "reads VmRSS from /proc");
        var port = ServeProcess.FreePort();
        await _repository.InitAsync();
        await _repository.PushAsync("first", ("README.md", "specs\n"));
        var config = _repository.Folder.Write("node/overlord.yml", $"""
            listen: 127.0.0.1
            port: {port}
            runtime: process
            data_dir: '{_repository.Folder.Combine("node", "data")}'
            agent:
              repository: {_repository.Origin}
              interval: 3600
              webhooks:
                github:
                  secret: github-secret
                gitea:
                  secret: gitea-secret
                gitlab:
                  token: gitlab-token
            """);
        var token = await OverlordExecutable.GenTokenAsync(config);
        _node = await _served.StartAsync(config, WalkthroughRepository.BareGit);
        var server = new Uri($"http://127.0.0.1:{port}");
        await Eventually.HoldsAsync(() => SyncedOnceAsync(port, token), "the agent's startup sync");

        // One of each first, so what the routes allocate once (JIT, pools) is in the baseline.
        foreach (var provider in Providers)
        {
            Assert.Equal(401, (await PostUnsignedAsync(server, provider, 1024)).StatusCode);
        }

        var before = ResidentBytes(_node.ProcessId);
        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => PostUnsignedAsync(server, Providers[i % Providers.Length], BodyBytes)));
        var after = ResidentBytes(_node.ProcessId);

        Assert.All(answers, answer => Assert.Equal(401, answer.StatusCode));
        Assert.All(answers, answer => Assert.Contains("missing_signature", answer.Text, StringComparison.Ordinal));
        Assert.True(after - before < AllowedGrowthBytes, $"VmRSS grew from {before >> 20} MiB to {after >> 20} MiB");
    }

    private static readonly string[] Providers = ["github", "gitea", "gitlab"];

    private static async Task<(int StatusCode, string Text)> PostUnsignedAsync(Uri server, string provider, long bodyBytes)
    {
        (string, string)[] headers = provider switch
        {
            "github" => [("X-GitHub-Event", "push"), ("X-GitHub-Delivery", Guid.NewGuid().ToString())],
            "gitea" => [("X-Gitea-Event", "push"), ("X-Gitea-Delivery", Guid.NewGuid().ToString())],
            _ => [("X-Gitlab-Event", "Push Hook"), ("X-Gitlab-Event-UUID", Guid.NewGuid().ToString())],
        };
        await using var request = await RawHttpRequest.StartAsync(server, $"/v1/webhooks/{provider}", headers, bodyBytes, [], Token);
        var answer = request.ReadAnswerAsync();
        await request.SendGeneratedBodyAsync(bodyBytes);
        return await answer;
    }

    private async Task<bool> SyncedOnceAsync(int port, string token)
    {
        var status = await _repository.OverlordAsync([], "agent-status", "--entrypoint", $"http://127.0.0.1:{port}", "--token", token);
        return status.ExitCode == 0 && status.StdOut.Contains("last sync:", StringComparison.Ordinal)
            && !status.StdOut.Contains("running:", StringComparison.Ordinal);
    }

    /// <summary>The process's resident set size, from the VmRSS line of /proc/PID/status (in kB there).</summary>
    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
