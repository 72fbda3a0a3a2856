using Overlord.Client.Http;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

/// <summary>Who asks for compressed answers: the CLI's clients do, a node calling its children does not.</summary>
public sealed class CompressionTests
{
    [Fact]
    public async Task A_datacenter_client_asks_for_gzip()
    {
        var request = await PingThroughAsync(ClientOptions.Datacenter);

        Assert.Contains("gzip", request.Header("Accept-Encoding") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chain_client_asks_for_no_compression()
    {
        var request = await PingThroughAsync(ClientOptions.Chain);

        Assert.Null(request.Header("Accept-Encoding"));
    }

    private static async Task<RecordedRequest> PingThroughAsync(ClientOptions handlerOptions)
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/ping", Canned.Ok("""{"status_code": 200, "status": "OK"}"""));

        var result = await node.Client(handlerOptions: handlerOptions).PingAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        return Assert.Single(node.Requests);
    }
}
