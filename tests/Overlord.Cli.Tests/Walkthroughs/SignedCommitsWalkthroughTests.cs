using System.Security.Cryptography;
using System.Text;
using Overlord.Core;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 13's "Done when" for signed commits, played with the real executable: a node whose agent has
/// <c>agent.verify</c> with an allowed-signers file deploys a commit signed with the allowed SSH key, does not deploy
/// an unsigned commit pushed on top of it, and <c>overlord agent-status</c> and the commit's note say why. A
/// missing allowed-signers file stops <c>serve</c> at load (exit 78, file:line:key). <c>/metrics</c> then shows
/// the agent's figures (issue 13.4): syncs by result, the last sync's time, specs by status, webhooks by reason.
/// </summary>
public sealed class SignedCommitsWalkthroughTests : IAsyncDisposable
{
    private readonly WalkthroughRepository _repository = new("overlord-signed-walk");
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        _repository.Dispose();
    }

    [Fact]
    public async Task A_signed_commit_is_deployed_and_an_unsigned_one_on_top_is_not_and_agent_status_says_why()
    {
        var folder = _repository.Folder;
        var (port, webPort) = (ServeProcess.FreePort(), ServeProcess.FreePort());
        using var key = await CommitSigningKey.CreateSshAsync(folder.Combine("keys"), "op@example.org", Token);
        await _repository.InitAsync();
        var node = $"""
            listen: 127.0.0.1
            port: {port}
            runtime: process
            data_dir: '{folder.Combine("node", "data")}'
            labels: [web]
            agent:
              repository: {_repository.Origin}
              interval: 3600
              webhooks:
                github:
                  secret: s3cret
              verify:
                mode: ssh

            """;
        var missing = folder.Write("bad/overlord.yml", node + $"    allowed_signers: '{folder.Combine("keys", "absent")}'\n");
        var config = folder.Write("node/overlord.yml", node + $"    allowed_signers: '{key.AllowedSignersFile}'\n");
        var refused = await _repository.OverlordAsync([], "serve", "--config", missing);
        var token = await OverlordExecutable.GenTokenAsync(config);
        _node = await ServeProcess.StartAsync(config, Token, WalkthroughRepository.BareGit);
        string[] entry = ["--entrypoint", $"http://127.0.0.1:{port}", "--token", token];

        await _repository.PushSignedAsync(key, "signed", ("files.yml", HelloSpecs.Makejail), ("makejail.yml", HelloSpecs.MetadataSpec), ("hello.yml", HelloSpecs.ProjectSpec(webPort, "signed")));
        var deployed = await _repository.OverlordAsync([], ["sync", "--wait", .. entry]);
        await Eventually.HoldsAsync(async () => await ServedPage.TryReadAsync(webPort) == "signed\n", "the signed commit served", TimeSpan.FromSeconds(60));
        var unsigned = await _repository.PushAsync("unsigned", ("hello.yml", HelloSpecs.ProjectSpec(webPort, "unsigned")));
        var blocked = await _repository.OverlordAsync([], ["sync", "--wait", .. entry]);
        var status = await _repository.OverlordAsync([], ["agent-status", .. entry]);
        var page = await ServedPage.TryReadAsync(webPort);
        var note = await _repository.NoteLinesAsync(unsigned);
        var webhook = await ForgedWebhookAsync(port);
        var metrics = await MetricsAsync(port, token);

        Assert.Equal(ExitCodes.Config, refused.ExitCode);
        Assert.Contains($"overlord.yml:14:22: agent.verify.allowed_signers: '{folder.Combine("keys", "absent")}' does not exist or is not a file", refused.StdErr, StringComparison.Ordinal);
        Assert.True(deployed.ExitCode == ExitCodes.Ok, deployed.StdOut + deployed.StdErr);
        Assert.True(blocked.ExitCode != ExitCodes.Ok, blocked.StdOut + blocked.StdErr);
        Assert.Equal("signed\n", page);
        Assert.Contains($"blocked at", status.StdOut, StringComparison.Ordinal);
        Assert.Contains($"not applied: commit {unsigned} is not signed", status.StdOut, StringComparison.Ordinal);
        Assert.Contains(note, line => line.Contains("\"state\":\"blocked\"", StringComparison.Ordinal) && line.Contains("is not signed", StringComparison.Ordinal));
        Assert.Equal(401, webhook);
        Assert.Contains("overlord_agent_syncs_total{result=\"succeeded\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("overlord_agent_syncs_total{result=\"blocked\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("overlord_agent_specs{status=\"synced\"} 2", metrics, StringComparison.Ordinal);
        Assert.Contains("overlord_agent_webhook_deliveries_total{provider=\"github\",reason=\"bad_signature\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("overlord_agent_last_sync_timestamp_seconds ", metrics, StringComparison.Ordinal);
    }

    private static async Task<string> MetricsAsync(int port, string token)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
        return await http.GetStringAsync($"http://127.0.0.1:{port}/metrics", Token);
    }

    /// <summary>A push webhook signed with the wrong secret: refused, and counted by its reason.</summary>
    private async Task<int> ForgedWebhookAsync(int port)
    {
        var body = $$$"""{"ref":"refs/heads/main","after":"{{{new string('0', 40)}}}","repository":{"clone_url":"{{{_repository.Origin}}}"}}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/v1/webhooks/github")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("wrong"u8, Encoding.UTF8.GetBytes(body))));
        using var http = new HttpClient();
        return (int)(await http.SendAsync(request, Token)).StatusCode;
    }
}
