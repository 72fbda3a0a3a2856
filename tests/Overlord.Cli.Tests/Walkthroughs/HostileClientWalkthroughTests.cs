using System.Net.Http.Headers;
using System.Text;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// Issue 11's "Done when", the parts not walked elsewhere, against a real <c>overlord serve</c>: a 40-character
/// adversarial metadata key is answered at once; invalid UTF-8 and a key given twice get 400, a body over the limit
/// 413, none of them changes the metadata or logs a stack trace; <c>print-config</c> shows no password inside a URL.
/// (The webhook memory, the SIGSTOPped child and the interrupted down have walkthroughs of their own.)
/// </summary>
public sealed class HostileClientWalkthroughTests : IAsyncDisposable
{
    private const string Password = "s3cret-chain-password";

    private readonly WalkthroughRepository _repository = new("overlord-hostile-walk");
    private readonly ServedTree _served = new();
    private ServeProcess? _node;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await _served.DisposeAsync();

        _repository.Dispose();
    }

    [Fact]
    public async Task Hostile_requests_get_a_clear_4xx_change_nothing_and_log_no_stack_and_print_config_masks_passwords()
    {
        var port = ServeProcess.FreePort();
        var data = _repository.Folder.Combine("node", "data");
        var config = _repository.Folder.Write("node/overlord.yml", $"""
            listen: 127.0.0.1
            port: {port}
            runtime: process
            data_dir: '{data}'
            chains:
              child:
                entrypoint: 'http://admin:{Password}@127.0.0.1:9'
                access_token: not-a-real-token
            """);
        var token = await OverlordExecutable.GenTokenAsync(config);
        _node = await _served.StartAsync(config);
        var node = new Uri($"http://127.0.0.1:{port}");
        using var http = new HttpClient { BaseAddress = node };

        // The original's pattern backtracks for days on this; a bound far above a linear match stands in for "at once".
        using var bound = CancellationTokenSource.CreateLinkedTokenSource(Token);
        bound.CancelAfter(TimeSpan.FromSeconds(10));
        using var nearMiss = await SendAsync(http, HttpMethod.Get, $"/v1/metadata/{new string('a', 39)}!", token, null, bound.Token);
        byte[] invalidUtf8 = [.. Encoding.ASCII.GetBytes("""{"value": "a"""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}")];
        using var badText = await SendAsync(http, HttpMethod.Post, "/v1/metadata/fresh", token, invalidUtf8, Token);
        using var twice = await SendAsync(http, HttpMethod.Post, "/v1/metadata/fresh", token, """{"value": "a", "value": "b"}"""u8.ToArray(), Token);
        await using var oversized = await RawHttpRequest.StartAsync(node, "/v1/metadata/fresh", [("Authentication", "Bearer " + token)], 40_000_000, "{\"value\": \""u8.ToArray(), Token);
        var (oversizedStatus, oversizedText) = await oversized.ReadAnswerAsync();
        using var after = await SendAsync(http, HttpMethod.Get, "/v1/metadata/fresh", token, null, Token);
        var printed = await _repository.OverlordAsync([], "print-config", "--config", config);
        Assert.Equal(0, await _node.StopAsync(Token));
        var log = await _node.StandardErrorAsync() + string.Concat(Directory.EnumerateFiles(data, "*.log", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Equal(404, (int)nearMiss.StatusCode);
        Assert.Equal(400, (int)badText.StatusCode);
        Assert.Contains("the body is not UTF-8", await badText.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.Equal(400, (int)twice.StatusCode);
        Assert.Contains("the key 'value' is given more than once", await twice.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.True(oversizedStatus == 413, oversizedText);
        Assert.Equal(404, (int)after.StatusCode);
        Assert.False(File.Exists(Path.Combine(data, "metadata", "fresh")));
        Assert.Contains("refused with 413", log, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", log, StringComparison.Ordinal);
        Assert.Equal(0, printed.ExitCode);
        Assert.Contains("admin:***@127.0.0.1:9", printed.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, printed.StdOut + printed.StdErr, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string token, byte[]? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + token);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
