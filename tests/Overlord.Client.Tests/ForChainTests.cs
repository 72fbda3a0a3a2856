using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

/// <summary>A client for a chain sends every route under the chain's prefix.</summary>
public sealed class ForChainTests
{
    [Fact]
    public async Task ForChain_calls_the_route_under_the_chain_prefix()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/chain/alpha.charlie/projects", Canned.Ok("""{"status_code": 200, "projects": ["web"]}"""));

        var result = await node.Client().ForChain("alpha.charlie").GetProjectsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["web"], result.Value);
        Assert.Equal("alpha.charlie", result.Chain);
        Assert.Single(node.RequestsTo("/v1/chain/alpha.charlie/projects"));
    }

    [Fact]
    public async Task ForChain_on_a_chained_client_goes_further_down()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/chain/alpha.charlie.delta/labels", Canned.Ok("""{"status_code": 200, "labels": ["all", "db"]}"""));

        var client = node.Client().ForChain("alpha").ForChain("charlie.delta");
        var result = await client.GetLabelsAsync(TestContext.Current.CancellationToken);

        Assert.Equal("alpha.charlie.delta", client.Chain?.ToString());
        Assert.Equal(["all", "db"], result.Value);
    }

    [Fact]
    public async Task ForChain_with_a_bad_segment_throws_before_any_request()
    {
        await using var node = await FakeNode.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => node.Client().ForChain("alpha.char/lie"));

        Assert.Contains("char/lie", error.Message, StringComparison.Ordinal);
        Assert.Empty(node.Requests);
    }
}
