namespace Overlord.Server.Tests.Api;

public sealed class RootRoutesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/v1")]
    [InlineData("/v1/")]
    public async Task Root_and_v1_without_a_resource_answer_400(string path)
    {
        var response = await _node.SendAsync(HttpMethod.Get, path, headers: new Dictionary<string, string>());

        Assert.Equal(400, response.Status);
        Assert.Equal(400, response.Json["status_code"]!.GetValue<int>());
        Assert.Equal("API resource must be specified but is missing.", response.Message);
    }

    [Fact]
    public async Task Unknown_path_answers_404_without_a_token()
    {
        var response = await _node.SendAsync(HttpMethod.Get, "/v1/nothing/here", headers: new Dictionary<string, string> { ["Authentication"] = "" });

        Assert.Equal(404, response.Status);
        Assert.Equal("Resource not found.", response.Message);
    }

    [Fact]
    public async Task Healthz_answers_ok_without_a_token()
    {
        var response = await _node.SendAsync(HttpMethod.Get, "/healthz", headers: new Dictionary<string, string> { ["Authentication"] = "" });

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"status":"ok"}""", response.Text);
    }

    [Fact]
    public async Task Options_answers_the_preflight_without_a_token()
    {
        var response = await _node.SendAsync(HttpMethod.Options, "/v1/projects", headers: new Dictionary<string, string> { ["Authentication"] = "" });

        Assert.Equal(200, response.Status);
        Assert.Equal("POST, GET, PUT, DELETE, OPTIONS", response.Header("Access-Control-Allow-Methods"));
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Every_answer_carries_the_cors_headers_and_json_type()
    {
        var response = await _node.GetAsync("/v1/ping");

        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("*", response.Header("Access-Control-Allow-Headers"));
        Assert.StartsWith("application/json", response.Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_routes_accept_a_trailing_slash()
    {
        var response = await _node.GetAsync("/v1/labels/");

        Assert.Equal(200, response.Status);
        Assert.Equal("all", response.Json["labels"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Answers_are_gzipped_for_clients_that_accept_it()
    {
        var response = await _node.SendAsync(HttpMethod.Get, "/v1/labels", headers: new Dictionary<string, string>
        {
            ["Authentication"] = "Bearer " + _node.Token,
            ["Accept-Encoding"] = "gzip",
        });

        Assert.Equal("gzip", response.Header("Content-Encoding"));
    }

    [Fact]
    public async Task Wrong_method_on_a_known_route_answers_405_in_json()
    {
        var response = await _node.SendAsync(HttpMethod.Delete, "/v1/ping");

        Assert.Equal(405, response.Status);
        Assert.Equal("Method Not Allowed", response.Message);
    }
}
