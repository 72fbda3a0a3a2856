using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Agent.Store;
using Overlord.Agent.Tests.Support;
using Overlord.Client.Contract;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Hosting;

public sealed class WebhookRouteTests
{
    [Fact]
    public async Task The_host_syncs_once_at_start_and_deploys_the_repository()
    {
        await using var host = await AgentTestHost.StartAsync();

        var status = await host.StatusAsync();

        Assert.Equal(("startup", "succeeded"), (status.LastSync!.Trigger, status.LastSync.State));
        Assert.Equal(["app.yml"], host.Dispatcher.DispatchedPaths);
        Assert.Equal(1, status.Inventory.Deployed);
    }

    [Fact]
    public async Task A_signed_push_is_answered_202_and_the_sync_runs_after_the_answer()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("add web");

        using var response = await host.SendGitHubPushAsync("delivery-1", head);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("\"reason\":\"accepted\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()).LastAppliedCommit == head, "the head to be applied");
        Assert.Equal("webhook:delivery-1", (await host.StatusAsync()).LastSync!.Trigger);
        Assert.Equal(["app.yml", "web.yml"], host.Dispatcher.DispatchedPaths);
    }

    [Fact]
    public async Task A_forged_webhook_is_refused_401_and_starts_nothing()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("add web");

        using var forged = await host.SendGitHubPushAsync("forged-1", head, secret: "not-the-secret");
        using var genuine = await host.SendGitHubPushAsync("genuine-1", head);
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()).LastAppliedCommit == head, "the head to be applied");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("bad_signature", await forged.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var history = await host.Services.GetRequiredService<AgentStore>().GetHistoryAsync(10, TestContext.Current.CancellationToken);
        Assert.Equal(["webhook:genuine-1", "startup"], history.Select(entry => entry.Trigger.Text));
    }

    [Fact]
    public async Task A_redelivery_is_ignored_as_a_replay()
    {
        await using var host = await AgentTestHost.StartAsync();
        var head = (await host.StatusAsync()).LastAppliedCommit!;

        using var first = await host.SendGitHubPushAsync("delivery-9", head);
        using var again = await host.SendGitHubPushAsync("delivery-9", head);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<WebhookResponse>(OverlordJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal("replay", body!.Reason);
    }

    [Fact]
    public async Task A_ping_is_answered_200()
    {
        await using var host = await AgentTestHost.StartAsync();
        var body = Encoding.UTF8.GetBytes("{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/github") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-GitHub-Event", "ping");
        request.Headers.Add("X-GitHub-Delivery", "ping-1");
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + WebhookTestData.HmacHex(AgentTestHost.GitHubSecret, body));

        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_provider_without_a_secret_has_no_route()
    {
        await using var host = await AgentTestHost.StartAsync();

        using var response = await host.Http.PostAsync("/v1/webhooks/gitea", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_25_MiB_is_refused_413()
    {
        await using var host = await AgentTestHost.StartAsync();
        using var content = new ByteArrayContent(new byte[(25 * 1024 * 1024) + 1]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/github") { Content = content };
        request.Headers.Add("X-GitHub-Event", "push");

        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Twenty_webhooks_in_a_burst_cost_at_most_two_syncs()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("add web");
        var before = host.GitCommands.LsRemote;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => host.SendGitHubPushAsync($"burst-{i}", head)));
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()) is { LastAppliedCommit: var applied, RunningSyncId: null } && applied == head, "the head to be applied and the sync to end");

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Accepted, response.StatusCode));
        Assert.InRange(host.GitCommands.LsRemote - before, 1, 2);
        Assert.Equal(1, host.Dispatcher.DispatchedPaths.Count(path => path == "web.yml"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
