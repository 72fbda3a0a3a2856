using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Api;

/// <summary>
/// Issue 11.6 (and the HTTP side of 11.2): input the original answered with a 500, or with a half-written
/// namespace, gets a clear 4xx here, changes nothing on disk and logs no stack trace.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        await _node.PostAsync("/v1/metadata/app", """{"value": "port=80"}""");
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Invalid_utf8_in_a_json_string_is_refused()
    {
        byte[] body = [.. Encoding.ASCII.GetBytes("""{"value": "a"""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}")];

        var response = await SendBytesAsync(HttpMethod.Post, "/v1/metadata/fresh", body);

        Assert.Equal((400, "Request has been received with an invalid format: the body is not UTF-8."), (response.Status, response.Message));
        AssertNoMetadata("fresh");
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_key_given_twice_is_refused()
    {
        var response = await _node.PostAsync("/v1/metadata/fresh", """{"value": "a", "value": "b"}""");

        Assert.Equal((400, "Request has been received with an invalid format: the key 'value' is given more than once."), (response.Status, response.Message));
        AssertNoMetadata("fresh");
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_lone_surrogate_is_refused()
    {
        var response = await _node.SendAsync(HttpMethod.Put, "/v1/metadata/app", """{"value": "\ud800"}""");

        Assert.Equal((400, "Request has been received with an invalid format: a string holds a lone surrogate."), (response.Status, response.Message));
        Assert.Equal("port=80", File.ReadAllText(Path.Combine(_node.Config.Metadata.Location, "app")));
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_nul_in_a_namespace_path_is_refused()
    {
        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"directory": "etc"}, {"file": ["app", "a\u0000b"]}]}""");

        Assert.Equal((400, "namespace.mapping.<item#1>: a path cannot hold a NUL character."), (response.Status, response.Message));
        AssertNamespacesEmpty();
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task An_over_long_namespace_path_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("abcdefgh/", 120));

        var response = await _node.PostAsync("/v1/namespace/web", $$"""{"mapping": [{"directory": "{{deep}}"}]}""");

        Assert.Equal(400, response.Status);
        Assert.StartsWith("namespace.mapping.<item#0>: the path is too long; a namespace path may be ", response.Message, StringComparison.Ordinal);
        AssertNamespacesEmpty();
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task An_over_long_file_name_in_a_namespace_is_refused()
    {
        var response = await _node.PostAsync("/v1/namespace/web", $$"""{"mapping": [{"file": ["app", "etc/{{new string('n', 256)}}"]}]}""");

        Assert.Equal((400, "namespace.mapping.<item#0>: a name in the path is longer than 255 bytes, the longest file name."), (response.Status, response.Message));
        AssertNamespacesEmpty();
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_path_that_is_both_a_file_and_a_folder_is_refused()
    {
        var response = await _node.PostAsync("/v1/namespace/web", """{"mapping": [{"file": ["app", "etc"]}, {"directory": "etc/sub"}]}""");

        Assert.Equal((400, "namespace.mapping.<item#1>: 'etc/sub' is inside 'etc', which is a file of the namespace."), (response.Status, response.Message));
        AssertNamespacesEmpty();
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task An_unknown_owner_is_refused_every_time_and_leaves_no_namespace()
    {
        const string Mapping = """{"mapping": [{"file": ["app", "etc/app.conf"]}, {"directory": "var", "owner": "nosuchuser4711"}]}""";

        var first = await _node.PostAsync("/v1/namespace/web", Mapping);
        var retried = await _node.PostAsync("/v1/namespace/web", Mapping);

        Assert.Equal(400, first.Status);
        Assert.Matches("^namespace\\.mapping\\.<item#1>: chown nosuchuser4711 'var' failed: .*nosuchuser4711", first.Message);
        Assert.Equal((400, first.Message), (retried.Status, retried.Message));
        Assert.Equal(404, (await _node.GetAsync("/v1/namespace/web")).Status);
        AssertNamespacesEmpty();
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        // Kestrel's limit is 30,000,000 bytes; the Content-Length alone is enough for it to refuse.
        var head = $"POST /v1/metadata/fresh HTTP/1.1\nHost: node\nAuthentication: Bearer {_node.Token}\nContent-Type: application/json\nContent-Length: 40000000\n";

        var (status, body) = await RawHttp.ExchangeAsync(_node.Address, head, (stream, token) => stream.WriteAsync("{\"value\": \""u8.ToArray(), token).AsTask());

        Assert.Equal(413, status);
        Assert.StartsWith("Request body too large.", JsonNode.Parse(body)!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(_node.Logs.Entries, entry => entry.Message.StartsWith("Request POST /v1/metadata/fresh refused with 413: Request body too large.", StringComparison.Ordinal));
        AssertNoMetadata("fresh");
        AssertNoStackTraceLogged();
    }

    [Fact]
    public async Task A_body_that_trickles_in_gets_408()
    {
        // Kestrel wants 240 bytes a second after a 5 s grace period; one byte every half second is far below.
        var head = $"POST /v1/metadata/fresh HTTP/1.1\nHost: node\nAuthentication: Bearer {_node.Token}\nContent-Type: application/json\nContent-Length: 1000\n";

        var (status, body) = await RawHttp.ExchangeAsync(_node.Address, head, async (stream, token) =>
        {
            while (true)
            {
                await stream.WriteAsync(" "u8.ToArray(), token);
                await Task.Delay(TimeSpan.FromMilliseconds(500), token);
            }
        });

        Assert.Equal(408, status);
        Assert.StartsWith("Reading the request body timed out", JsonNode.Parse(body)!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(_node.Logs.Entries, entry => entry.Message.StartsWith("Request POST /v1/metadata/fresh refused with 408: ", StringComparison.Ordinal));
        AssertNoMetadata("fresh");
        AssertNoStackTraceLogged();
    }

    [Theory]
    [InlineData("metadata")]
    [InlineData("namespace")]
    public async Task A_long_near_miss_name_is_answered_at_once(string route)
    {
        // 40 characters: the original's pattern would take days on this (issue 11.2); HttpClient gives up after 60 s.
        var response = await _node.GetAsync($"/v1/{route}/{new string('a', 39)}!");

        Assert.Equal((404, "Resource not found."), (response.Status, response.Message));
    }

    private async Task<TestResponse> SendBytesAsync(HttpMethod method, string path, byte[] body)
    {
        using var request = new HttpRequestMessage(method, new Uri(_node.Address, path)) { Content = new ByteArrayContent(body) };
        request.Headers.TryAddWithoutValidation("Authentication", "Bearer " + _node.Token);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _node.Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await TestResponse.ReadAsync(response);
    }

    private void AssertNoMetadata(string key) => Assert.False(File.Exists(Path.Combine(_node.Config.Metadata.Location, key)));

    /// <summary>Not even a hidden staging folder is left.</summary>
    private void AssertNamespacesEmpty()
    {
        var location = _node.Config.Metadata.Namespaces;
        Assert.Empty(Directory.Exists(location) ? Directory.EnumerateFileSystemEntries(location) : []);
    }

    private void AssertNoStackTraceLogged()
    {
        Assert.DoesNotContain(_node.Logs.Entries, entry => entry.Exception is not null || entry.Level >= LogLevel.Error);
        Assert.DoesNotContain("   at ", _node.Logs.Text, StringComparison.Ordinal);
    }
}
