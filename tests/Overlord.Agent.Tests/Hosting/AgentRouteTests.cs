using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Agent.Store;
using Overlord.Agent.Tests.Support;
using Overlord.Client.Contract;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Hosting;

public sealed class AgentRouteTests
{
    [Fact]
    public async Task A_dry_run_answers_the_plan_and_dispatches_nothing()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("add web");

        var outcome = await PostSyncAsync(host, new SyncRequestBody { DryRun = true });

        Assert.Equal(("planned", head), (outcome.State, outcome.TargetCommit));
        var step = Assert.Single(outcome.Steps);
        Assert.Equal(("web.yml", "apply", "added", null), (step.Spec, step.Action, step.Reason, step.Status));
        Assert.Equal(("main", "PLANNED"), (Assert.Single(step.Targets).Chain, step.Targets[0].State));
        Assert.Equal(["app.yml"], host.Dispatcher.DispatchedPaths);
        Assert.NotEqual(head, (await host.StatusAsync()).LastAppliedCommit);
    }

    [Fact]
    public async Task A_sync_with_wait_answers_the_final_result_per_spec_and_node()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        await host.Repositories.CommitAndPushAsync("add web");

        var outcome = await PostSyncAsync(host, new SyncRequestBody { Wait = true });

        Assert.Equal("succeeded", outcome.State);
        var target = Assert.Single(Assert.Single(outcome.Steps).Targets);
        Assert.Equal(("main", "DONE"), (target.Chain, target.State));
        Assert.NotNull(target.JobId);
    }

    [Fact]
    public async Task A_sync_without_wait_answers_202_with_its_id()
    {
        await using var host = await AgentTestHost.StartAsync();

        using var response = await host.Http.PostAsJsonAsync("/v1/agent/sync", new SyncRequestBody(), OverlordJson.Options, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<SyncOutcomeView>(OverlordJson.Options, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("queued", body!.State);
        Assert.Equal(32, body.SyncId.Length);
    }

    [Fact]
    public async Task A_revision_that_looks_like_an_option_is_refused_400()
    {
        await using var host = await AgentTestHost.StartAsync();

        using var response = await host.Http.PostAsJsonAsync("/v1/agent/sync", new SyncRequestBody { Revision = "--upload-pack=x" }, OverlordJson.Options, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task History_shows_what_the_notes_say_about_one_spec()
    {
        await using var host = await AgentTestHost.StartAsync();
        host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
        var head = await host.Repositories.CommitAndPushAsync("add web");
        await PostSyncAsync(host, new SyncRequestBody { Wait = true });

        var history = await host.Http.GetFromJsonAsync<NotesHistoryView>("/v1/agent/history?spec=app.yml", OverlordJson.Options, TestContext.Current.CancellationToken);

        var commit = Assert.Single(history!.Commits);
        Assert.NotEqual(head, commit.Commit);
        Assert.Contains(commit.Lines, line => line.GetProperty("spec").GetString() == "app.yml" && line.GetProperty("state").GetString() == "DONE");
        Assert.Contains(commit.Lines, line => line.GetProperty("kind").GetString() == "summary");
    }

    [Fact]
    public async Task History_of_an_unknown_commit_is_404()
    {
        await using var host = await AgentTestHost.StartAsync();

        using var response = await host.Http.GetAsync("/v1/agent/history?commit=0123456789abcdef0123456789abcdef01234567", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stopping_the_node_mid_sync_is_quick_and_leaves_the_plan_to_resume()
    {
        var clock = new ManualTimeProvider();
        var host = await AgentTestHost.StartAsync(clock: clock);
        await using (host)
        {
            host.Repositories.WriteFile("web.yml", SpecTexts.Project("web"));
            await host.Repositories.CommitAndPushAsync("add web");
            host.Dispatcher.Hang = true;

            // The next poll comes an hour (±10%) after the startup sync, on the agent's clock; the clock moves until
            // the poll has begun waiting and the sync it starts hangs.
            await Eventually.HoldsAsync(
                async () =>
                {
                    clock.Advance(TimeSpan.FromMinutes(70));
                    return (await host.StatusAsync()).PendingPlan is not null;
                },
                "the hanging poll's plan");

            await host.StopAsync().WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

            var store = host.Services.GetRequiredService<AgentStore>();
            var pending = await store.GetPendingPlanAsync(TestContext.Current.CancellationToken);
            Assert.Equal("web.yml", Assert.Single(pending!.Steps).Step.SpecPath);
        }
    }

    private static async Task<SyncOutcomeView> PostSyncAsync(AgentTestHost host, SyncRequestBody body)
    {
        using var response = await host.Http.PostAsJsonAsync("/v1/agent/sync", body, OverlordJson.Options, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SyncOutcomeView>(OverlordJson.Options, TestContext.Current.CancellationToken))!;
    }
}
