using System.Text;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Hosting;

/// <summary>
/// The agent's bodies, byte for byte as its own serializer wrote them before they moved to the contract records:
/// snake_case names, nulls written, the <c>{status_code, message}</c> envelope for refusals.
/// </summary>
public sealed class AgentRecordedBodiesTests
{
    [Theory]
    [InlineData("""{"revision": "--upload-pack=x"}""", """{"status_code":400,"message":"'--upload-pack=x' is not a git revision."}""")]
    [InlineData("not json", """{"status_code":400,"message":"Request has been received with an invalid format."}""")]
    public async Task A_refused_sync_body_is_as_recorded(string request, string body)
    {
        await using var host = await AgentTestHost.StartAsync();
        using var content = new StringContent(request, Encoding.UTF8, "application/json");

        using var response = await host.Http.PostAsync("/v1/agent/sync", content, TestContext.Current.CancellationToken);

        Assert.Equal(body, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_replayed_webhook_body_is_as_recorded()
    {
        await using var host = await AgentTestHost.StartAsync();
        var head = (await host.StatusAsync()).LastAppliedCommit!;

        using var first = await host.SendGitHubPushAsync("delivery-9", head);
        using var again = await host.SendGitHubPushAsync("delivery-9", head);

        Assert.Equal(
            """{"status_code":202,"reason":"replay","delivery_id":"delivery-9","sync_id":null}""",
            await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
