using Overlord.Client.Http;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class MetadataRoutesTests
{
    [Fact]
    public async Task Set_creates_a_missing_key_with_post()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("HEAD", "/v1/metadata/app.conf", new Canned(404));
        node.On("POST", "/v1/metadata/app.conf", new Canned(201, """{"status_code": 201, "message": "Metadata 'app.conf' has been successfully created."}"""));

        var result = await node.Client().SetMetadataAsync("app.conf", "port=80\n", TestContext.Current.CancellationToken);

        Assert.Equal((201, "Metadata 'app.conf' has been successfully created."), (result.StatusCode, result.Value));
        Assert.Equal(["HEAD", "POST"], node.Requests.Select(r => r.Method));
        Assert.Equal("""{"value":"port=80\n"}""", node.Requests.Last().Body);
    }

    [Fact]
    public async Task Set_updates_an_existing_key_with_put()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("HEAD", "/v1/metadata/app.conf", new Canned(200));
        node.On("PUT", "/v1/metadata/app.conf", Canned.Ok("""{"status_code": 200, "message": "Metadata 'app.conf' has been successfully updated."}"""));

        var result = await node.Client().SetMetadataAsync("app.conf", "port=81\n", TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Equal(["HEAD", "PUT"], node.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Get_returns_the_value_and_list_the_keys()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/metadata/app.conf", Canned.Ok("""{"status_code": 200, "metadata": "port=80\n"}"""));
        node.On("GET", "/v1/metadata", Canned.Ok("""{"status_code": 200, "metadata": ["app.conf", "overlord.autoscale.web"]}"""));
        var client = node.Client();

        var value = await client.GetMetadataAsync("app.conf", TestContext.Current.CancellationToken);
        var keys = await client.ListMetadataAsync(TestContext.Current.CancellationToken);

        Assert.Equal("port=80\n", value.Value);
        Assert.Equal(["app.conf", "overlord.autoscale.web"], keys.Value);
    }

    [Fact]
    public async Task Delete_is_true_on_204()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("DELETE", "/v1/metadata/app.conf", new Canned(204));

        var result = await node.Client().DeleteMetadataAsync("app.conf", TestContext.Current.CancellationToken);

        Assert.True(result.Value);
    }

    [Fact]
    public async Task Oversized_value_is_a_400_with_the_nodes_reason()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/metadata/big", new Canned(400, """{"status_code": 400, "message": "big: metadata too long - 2000000 > 1048576"}"""));

        var result = await node.Client().CreateMetadataAsync("big", "x", TestContext.Current.CancellationToken);

        Assert.Equal((400, "big: metadata too long - 2000000 > 1048576"), (result.StatusCode, result.Message));
    }

    [Theory]
    [InlineData("1key")]
    [InlineData("a..b")]
    [InlineData("a/b")]
    public async Task Bad_key_is_refused_without_a_request(string key)
    {
        await using var node = await FakeNode.StartAsync();

        var result = await node.Client().MetadataExistsAsync(key, TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.InvalidArgument, result.Failure);
        Assert.Empty(node.Requests);
    }
}
