using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class RetryTests
{
    private static readonly Canned Busy = new(503, """{"status_code": 503, "message": "Service Unavailable"}""");

    [Fact]
    public async Task Get_answered_503_is_retried_until_it_succeeds()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/labels", Busy, Busy, Canned.Ok("""{"status_code": 200, "labels": ["all"]}"""));

        var result = await node.Client().GetLabelsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["all"], result.Value);
        Assert.Equal(3, node.RequestsTo("/v1/labels").Length);
    }

    [Fact]
    public async Task Post_answered_503_is_never_retried()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/project/up/web", Busy, Canned.Ok("""{"status_code": 200, "job_id": 1}"""));

        var result = await node.Client().UpProjectAsync("web", new ProjectUpRequest { DirectorFile = "x" }, TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.HttpStatus, 503), (result.Failure, result.StatusCode));
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task Retry_waits_what_retry_after_asks()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/chains", Busy with { Headers = new Dictionary<string, string> { ["Retry-After"] = "7" } }, Canned.Ok("""{"status_code": 200, "chains": []}"""));
        var clock = new RecordingTimeProvider();
        var options = TestOptions.Fast with { TimeProvider = clock, Retry = new RetryOptions { Total = 2, MaxBackoffWait = TimeSpan.FromSeconds(10) } };

        var result = await node.Client(options).GetChainsAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.RequestedWaits);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_waits_the_cap()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/chains", Busy with { Headers = new Dictionary<string, string> { ["Retry-After"] = "3600" } }, Canned.Ok("""{"status_code": 200, "chains": []}"""));
        var clock = new RecordingTimeProvider();
        var options = TestOptions.Fast with { TimeProvider = clock, Retry = new RetryOptions { Total = 2, MaxBackoffWait = TimeSpan.FromSeconds(10) } };

        await node.Client(options).GetChainsAsync(TestContext.Current.CancellationToken);

        Assert.Equal([TimeSpan.FromSeconds(10)], clock.RequestedWaits);
    }

    [Fact]
    public async Task Chain_error_envelope_is_returned_at_once_without_retrying()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/chain/alpha.charlie/project/info/web", new Canned(503, """
            {"status_code": 503, "function": "get_info", "entrypoint": "alpha", "chain": "charlie", "error": "ConnectError", "message": "All connection attempts failed"}
            """));

        var result = await node.Client().ForChain("alpha.charlie").GetProjectInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(
            new ChainErrorEnvelope { StatusCode = 503, Function = "get_info", Entrypoint = "alpha", Chain = "charlie", Error = "ConnectError", Message = "All connection attempts failed" },
            result.Error);
        Assert.Equal("All connection attempts failed", result.Message);
        Assert.Single(node.Requests);
    }

    [Fact]
    public async Task Exhausted_retries_report_the_last_answer()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("DELETE", "/v1/metadata/app", Busy);

        var result = await node.Client().DeleteMetadataAsync("app", TestContext.Current.CancellationToken);

        Assert.Equal((ApiFailure.HttpStatus, 503, "Service Unavailable"), (result.Failure, result.StatusCode, result.Message));
        Assert.Equal(1 + TestOptions.Fast.Retry.Total, node.Requests.Count);
    }

    [Fact]
    public async Task Client_error_status_is_not_retried()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/metadata/app", new Canned(404, """{"status_code": 404, "message": "Metadata cannot be found."}"""));

        var result = await node.Client().GetMetadataAsync("app", TestContext.Current.CancellationToken);

        Assert.Equal(404, result.StatusCode);
        Assert.Single(node.Requests);
    }
}
