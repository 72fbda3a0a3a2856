using Overlord.Client.Http;
using Overlord.Client.Tests.Support;
using Overlord.Client.Tree;
using Overlord.Testing;

namespace Overlord.Client.Tests;

public sealed class FailureTests
{
    [Fact]
    public async Task Refused_connection_is_a_network_failure_naming_the_entrypoint_and_chain()
    {
        var entrypoint = new Uri($"http://127.0.0.1:{TestPorts.Free()}");
        using var http = new HttpClient { BaseAddress = entrypoint };
        var client = new OverlordClient(http, new Core.Secret(FakeNode.Token), TestOptions.Fast).ForChain("alpha");

        var result = await client.GetLabelsAsync(TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.Network, 0), (result.Failure, result.StatusCode));
        Assert.Contains($"cannot reach {entrypoint.AbsoluteUri.TrimEnd('/')} (chain alpha)", result.Message, StringComparison.Ordinal);
        Assert.Contains("after 4 attempts", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_that_does_not_answer_in_time_is_a_timeout_naming_the_entrypoint()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/chain/alpha/project/cancel/web", new Canned(200, """{"status_code": 200, "job_id": 1}""") { Delay = TimeSpan.FromSeconds(30) });
        var options = TestOptions.Fast with { ReadTimeout = TimeSpan.FromMilliseconds(200) };

        var result = await node.Client(options).ForChain("alpha").CancelProjectAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.Timeout, result.Failure);
        Assert.Equal($"no answer from {node.Client().Entrypoint} (chain alpha) within 0.2 s.", result.Message);
    }

    [Fact]
    public async Task Whole_call_limit_stops_the_retries()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/projects", new Canned(503, """{"status_code": 503, "message": "busy"}""") { Delay = TimeSpan.FromMilliseconds(100) });
        var options = TestOptions.Fast with
        {
            Timeout = TimeSpan.FromMilliseconds(400),
            Retry = new RetryOptions { Total = 1000, BackoffFactor = 0.001, MaxBackoffWait = TimeSpan.FromMilliseconds(1) },
        };

        var result = await node.Client(options).GetProjectsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.Timeout, result.Failure);
        Assert.Contains("the limit of the whole call", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Success_status_with_a_body_that_is_not_json_is_an_invalid_response()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jails", Canned.Ok("<html>proxy</html>"));

        var result = await node.Client().GetJailsAsync(TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.InvalidResponse, 200), (result.Failure, result.StatusCode));
        Assert.Equal("GET /v1/jails got an HTML page, not an Overlord node's JSON", result.Message);
    }

    [Fact]
    public async Task Tree_answer_of_another_apis_json_is_an_invalid_response_not_an_empty_tree()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/tree/labels", Canned.Ok("""{"hello": "world"}"""));

        var result = await node.Client().GetTreeAsync(TreeResource.Labels, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.InvalidResponse, "GET /v1/tree/labels got JSON of another shape, not an Overlord node's JSON"), (result.Failure, result.Message));
    }

    [Fact]
    public async Task Not_found_page_of_a_web_server_says_it_is_not_an_overlord_nodes_answer()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jails", new Canned(404, "<html><body>Not Found</body></html>"));

        var result = await node.Client().GetJailsAsync(TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.HttpStatus, 404), (result.Failure, result.StatusCode));
        Assert.Equal("HTTP 404 Not Found: GET /v1/jails got an HTML page, not an Overlord node's JSON", result.Message);
    }

    [Fact]
    public async Task Error_without_a_json_body_falls_back_to_the_status_line()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jails", new Canned(500, "oops"));

        var result = await node.Client().GetJailsAsync(TestContext.Current.CancellationToken);

        Assert.Equal("HTTP 500 Internal Server Error", result.Message);
    }

    [Fact]
    public async Task Caller_cancellation_throws_instead_of_becoming_a_result()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jails", new Canned(200, """{"status_code": 200, "jails": []}""") { Delay = TimeSpan.FromSeconds(30) });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => node.Client().GetJailsAsync(cts.Token));
    }
}
