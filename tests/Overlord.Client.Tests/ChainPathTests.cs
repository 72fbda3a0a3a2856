using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class ChainPathTests
{
    [Theory]
    [InlineData("alpha")]
    [InlineData("alpha.charlie")]
    [InlineData("_x.node-2.C3")]
    public void Parse_ValidPath_KeepsItsSegments(string text)
    {
        var path = ChainPath.Parse(text);

        Assert.Equal(text.Split('.'), path.Segments);
        Assert.Equal(text, path.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("alpha..charlie")]
    [InlineData(".alpha")]
    [InlineData("alpha.")]
    [InlineData("-alpha")]
    [InlineData("alpha/charlie")]
    [InlineData("alpha charlie")]
    [InlineData("alpha\n")]
    [InlineData("../etc")]
    public void TryParse_BadSegment_IsRefusedWithAReason(string text)
    {
        var parsed = ChainPath.TryParse(text, out var path, out var error);

        Assert.False(parsed);
        Assert.Null(path);
        Assert.False(string.IsNullOrEmpty(error));
    }

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

    [Fact]
    public void Equal_paths_are_equal_and_hash_alike()
    {
        var left = ChainPath.Parse("alpha").Append(ChainPath.Parse("charlie"));
        var right = ChainPath.Parse("alpha.charlie");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }
}
