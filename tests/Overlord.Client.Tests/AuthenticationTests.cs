using Overlord.Client.Http;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class AuthenticationTests
{
    [Fact]
    public async Task Request_carries_the_token_in_the_original_and_the_standard_header()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/ping", Canned.Ok("""{"status_code": 200, "status": "OK"}"""));

        var result = await node.Client().PingAsync(TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        var request = Assert.Single(node.Requests);
        Assert.Equal($"Bearer {FakeNode.Token}", request.Header("Authentication"));
        Assert.Equal($"Bearer {FakeNode.Token}", request.Header("Authorization"));
    }

    [Fact]
    public async Task Refused_token_is_a_failed_result_with_the_nodes_message()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/labels", new Canned(401, """{"status_code": 401, "message": "Error while decoding the JWT."}"""));

        var result = await node.Client().GetLabelsAsync(TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Equal(ApiFailure.HttpStatus, result.Failure);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal("Error while decoding the JWT.", result.Message);
    }

    [Fact]
    public async Task Token_appears_in_no_description_of_the_client_or_its_results()
    {
        await using var node = await FakeNode.StartAsync();
        var client = node.Client().ForChain("alpha");

        var failed = await client.GetProjectsAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain(FakeNode.Token, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNode.Token, failed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNode.Token, failed.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeNode.Token, client.Options.ToString(), StringComparison.Ordinal);
    }
}
