using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Server.Hosting;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 13.1's "Done when" with the real executable: a tree root → alpha → alpha.beta, and root → legacy (a node
/// that plays the original, which knows no scopes). A token made with <c>gen-token --scope read</c> reads the
/// whole tree with <c>get-info</c> and is refused with 403 when it applies a spec, on the root and through every
/// chain, the original node included (its parent refuses before forwarding); a token made the original's way,
/// with no scope claim, still applies everywhere.
/// </summary>
public sealed class ScopedTokenWalkthroughTests : IAsyncDisposable
{
    /// <summary>A chain read timeout that a first, cold answer on a busy machine stays well inside.</summary>
    private const string ReadTimeout = "read_timeout: 60\n";

    // A throwaway signing key per run: the root signs with it and the test signs an original-style token with it.
    private static readonly string RootSecret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private readonly TempDirectory _folder = new("overlord-scopes-walk");
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
    public async Task A_read_token_reads_the_tree_and_is_refused_on_apply_everywhere_while_an_original_token_applies()
    {
        var (rootPort, alphaPort, betaPort, legacyPort) = (ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort(), ServeProcess.FreePort());
        var beta = ServedTree.WriteConfig(_folder, new ServedNode("beta", betaPort) { Labels = "[all, leaf]" });
        var alpha = ServedTree.WriteConfig(_folder, new ServedNode("alpha", alphaPort) { Labels = "[all, middle]", Chains = [("beta", betaPort, await OverlordExecutable.GenTokenAsync(beta))], ChainKeys = ReadTimeout });
        var legacy = ServedTree.WriteConfig(_folder, new ServedNode("legacy", legacyPort) { Labels = "[all, legacy]" });
        var legacyToken = await OverlordExecutable.GenTokenAsync(legacy);
        var root = ServedTree.WriteConfig(_folder, new ServedNode("root", rootPort)
        {
            Labels = "[all, root]",
            Chains = [("alpha", alphaPort, await OverlordExecutable.GenTokenAsync(alpha)), ("legacy", legacyPort, legacyToken)],
            ChainKeys = ReadTimeout,
            ExtraYaml = $"secret_key: {RootSecret}\n",
        });
        var readToken = await OverlordExecutable.GenTokenAsync(root, "--scope", "read", "--expire", "1", "--expire-type", "days");
        _nodes.Add(await ServeProcess.StartAsync(beta, Token));
        _nodes.Add(await ServeProcess.StartAsync(alpha, Token));
        _nodes.Add(await ServeProcess.StartAsync(legacy, Token, new Dictionary<string, string> { [NodeHostOptions.TestOnlyWithoutTreeRoutesVariable] = "1" }));
        _nodes.Add(await ServeProcess.StartAsync(root, Token));
        WriteSpec("read.yml", rootPort, readToken);
        WriteSpec("original.yml", rootPort, OriginalToken(RootSecret));

        var info = await OverlordAsync("get-info", "-f", "read.yml", "-t", "chains", "--output", "json");
        var refused = await OverlordAsync("apply", "-f", "read.yml", "--wait");
        var untouched = await LegacyGreetingAsync(legacyPort, legacyToken);
        var applied = await OverlordAsync("apply", "-f", "original.yml", "--wait");
        var written = await LegacyGreetingAsync(legacyPort, legacyToken);

        Assert.True(info.ExitCode == ExitCodes.Ok, info.StdOut + info.StdErr);
        Assert.True(
            JsonNode.Parse(info.StdOut)!["nodes"]!.AsArray().Select(node => (string?)node!["chain"] ?? "(root)").Order().SequenceEqual(["(root)", "alpha", "alpha.beta", "legacy"]),
            info.StdOut);
        Assert.True(refused.ExitCode != ExitCodes.Ok, refused.StdOut + refused.StdErr);
        Assert.True(CountOf("'deploy' scope", refused.StdOut + refused.StdErr) >= 4, refused.StdOut + refused.StdErr);
        Assert.Contains("0 succeeded, 4 failed", refused.StdOut, StringComparison.Ordinal);
        Assert.Equal(404, untouched.Status);
        Assert.True(applied.ExitCode == ExitCodes.Ok, applied.StdOut + applied.StdErr);
        Assert.Contains("4 succeeded, 0 failed", applied.StdOut, StringComparison.Ordinal);
        Assert.Equal((200, "hello"), written);
    }

    /// <summary>A token as the original's gen-token makes it (reference 3): HS256 over <c>metadata</c> and <c>random_chunk</c>, no scope.</summary>
    private static string OriginalToken(string secret)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"HS256","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode("""{"metadata":{"overlord.version":"0.25.0"},"random_chunk":"0123456789abcdef"}""");
        var signature = Base64UrlEncoder.Encode(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static int CountOf(string text, string output) => output.Split(text).Length - 1;

    /// <summary>The legacy node's <c>greeting</c>, read directly with its own token: status and value.</summary>
    private static async Task<(int Status, string? Value)> LegacyGreetingAsync(int port, string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/v1/metadata/greeting");
        request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + token);
        using var response = await http.SendAsync(request, Token);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token));
        return ((int)response.StatusCode, (string?)body?["metadata"]);
    }

    private void WriteSpec(string file, int rootPort, string token) =>
        _folder.Write(file, $"kind: metadata\ndatacenters:\n  main:\n    entrypoint: http://127.0.0.1:{rootPort}\n    access_token: {token}\ndeployIn:\n  labels: [all]\nmetadata:\n  greeting: hello\n");

    private Task<ToolResult> OverlordAsync(params string[] args) =>
        ToolRunner.RunAsync(RepositoryLayout.OverlordExecutable, args, new ToolRunOptions
        {
            WorkingDirectory = _folder.Path,
            Timeout = TimeSpan.FromSeconds(120),
        }, Token);
}
