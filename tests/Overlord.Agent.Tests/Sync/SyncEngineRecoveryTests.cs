using System.Text.Json;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Agent.Tests.Support;

namespace Overlord.Agent.Tests.Sync;

public sealed class SyncEngineRecoveryTests
{
    [Fact]
    public async Task An_agent_killed_mid_dispatch_resumes_its_plan_without_sending_acknowledged_steps_again()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")));
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        agent.Dispatcher.BeforeDispatch = path =>
        {
            if (path == "b.yml")
            {
                kill.Cancel();
            }
        };
        var killed = agent.Engine.RunAsync(new SyncRequest("sync-killed", SyncTrigger.Webhook("d-1"), SyncOptions.Default), kill.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => killed);
        var firstJob = agent.Dispatcher.Dispatched.Count;

        agent.NewEngine();
        var resumed = await agent.SyncAsync(trigger: SyncTrigger.Startup);

        Assert.Equal(1, firstJob);
        Assert.Equal(["b.yml", "c.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal(["a.yml", "b.yml", "c.yml"], agent.Dispatcher.Followed.Select(f => f.SpecPath));
        Assert.Equal(1, agent.Dispatcher.Followed.First().Targets[0].JobId);
        Assert.Equal(("sync-killed", SyncState.Succeeded), (resumed.SyncId, resumed.State));
        Assert.Equal(head, await agent.Store.GetLastAppliedAsync(TestContext.Current.CancellationToken));
        Assert.Null(await agent.Store.GetPendingPlanAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_spec_deleted_with_prune_off_stays_orphaned_and_a_later_sync_with_prune_destroys_it()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var first = await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")), ("d.yml", SpecTexts.Project("d")));
        await agent.SyncAsync();
        await agent.CommitAsync("drop d", ("d.yml", null));
        agent.NewEngine();
        await agent.SyncAsync();
        var afterDelete = await agent.Store.GetInventoryAsync(TestContext.Current.CancellationToken);
        await agent.CommitAsync("unrelated", ("README.md", "x"));
        agent.NewEngine();

        var outcome = await agent.SyncAsync(new SyncOptions { Prune = true });

        Assert.Equal(InventoryStatus.Orphaned, afterDelete.Single(entry => entry.SpecPath == "d.yml").Status);
        var (path, action, spec) = Assert.Single(agent.Dispatcher.Dispatched);
        Assert.Equal(("d.yml", StepAction.Destroy), (path, action));
        Assert.Equal(first, Assert.Single(outcome.Steps).Step.SpecCommit);
        Assert.DoesNotContain(await agent.Store.GetInventoryAsync(TestContext.Current.CancellationToken), entry => entry.SpecPath == "d.yml");
    }

    [Fact]
    public async Task A_sync_that_would_destroy_everything_stops_and_dispatches_nothing()
    {
        await using var agent = await AgentHarness.CreateAsync(config => config with { Prune = true });
        await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")));
        var applied = (await agent.SyncAsync()).TargetCommit;
        await agent.CommitAsync("drop all", ("a.yml", null), ("README.md", "empty"));
        agent.NewEngine();

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Blocked, outcome.State);
        Assert.Contains("all of them", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(agent.Dispatcher.Dispatched);
        Assert.Equal(applied, await agent.Store.GetLastAppliedAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_force_push_destroys_nothing_even_with_prune_on_and_the_summary_says_history_was_rewritten()
    {
        await using var agent = await AgentHarness.CreateAsync(config => config with { Prune = true });
        await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")), ("d.yml", SpecTexts.Project("d")));
        await agent.SyncAsync();
        var rewritten = await ForcePushAsync(agent, ("a.yml", SpecTexts.Project("a", "rewritten")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")));
        agent.NewEngine();

        var outcome = await agent.SyncAsync();

        Assert.True(outcome.HistoryRewritten);
        Assert.Equal(["a.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal(["d.yml"], outcome.Plan.Orphaned);
        var summary = (await agent.OriginNoteLinesAsync(rewritten)).Select(line => JsonDocument.Parse(line).RootElement)
            .Single(line => line.GetProperty("kind").GetString() == "summary");
        Assert.True(summary.GetProperty("history_rewritten").GetBoolean());
    }

    [Fact]
    public async Task Notes_are_committed_under_the_agent_identity_and_pushed_with_a_line_per_spec_and_node()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")));

        await agent.SyncAsync(trigger: SyncTrigger.Webhook("delivery-7"));

        var lines = (await agent.OriginNoteLinesAsync(head)).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var result = lines.Single(line => line.GetProperty("kind").GetString() == "directorProject");
        Assert.Equal(("a.yml", "a", "main", "apply", "DONE", 1), (
            result.GetProperty("spec").GetString(), result.GetProperty("project").GetString(), result.GetProperty("chain").GetString(),
            result.GetProperty("action").GetString(), result.GetProperty("state").GetString(), result.GetProperty("job_id").GetInt32()));
        var summary = lines.Single(line => line.GetProperty("kind").GetString() == "summary");
        Assert.Equal(("webhook:delivery-7", "delivery-7"), (summary.GetProperty("trigger").GetString(), summary.GetProperty("delivery_id").GetString()));
        var author = await TestGit.RunAsync(agent.Repositories.Origin, "log", "-1", "--format=%an <%ae>", "refs/notes/overlord");
        Assert.Equal("Agent Tester <agent@example.test>", author);
    }

    [Fact]
    public async Task A_failed_job_fails_the_sync_and_is_recorded_in_the_note()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")));
        agent.Dispatcher.FailingSpecs.Add("b.yml");

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Failed, outcome.State);
        var failed = (await agent.OriginNoteLinesAsync(head)).Select(line => JsonDocument.Parse(line).RootElement)
            .Single(line => line.TryGetProperty("spec", out var spec) && spec.GetString() == "b.yml");
        Assert.Equal(("FAILED", "errlevel 1"), (failed.GetProperty("state").GetString(), failed.GetProperty("error").GetString()));
        Assert.Equal("failed", (await agent.Store.GetInventoryAsync(TestContext.Current.CancellationToken)).Single(e => e.SpecPath == "b.yml").LastResult);
    }

    /// <summary>Replaces origin's main with a new root commit holding only these files.</summary>
    private static async Task<string> ForcePushAsync(AgentHarness agent, params (string Path, string Content)[] files)
    {
        var work = agent.Repositories.Work;
        await TestGit.RunAsync(work, "checkout", "--quiet", "--orphan", "rewritten");
        await TestGit.RunAsync(work, "rm", "-r", "--quiet", "--cached", ".");
        foreach (var file in Directory.GetFiles(work, "*.yml"))
        {
            File.Delete(file);
        }

        foreach (var (path, content) in files)
        {
            agent.Repositories.WriteFile(path, content);
        }

        await TestGit.RunAsync(work, "add", "--all");
        await TestGit.RunAsync(work, "commit", "--quiet", "-m", "rewritten");
        await TestGit.RunAsync(work, "push", "--quiet", "--force", "origin", "HEAD:refs/heads/main");
        return await TestGit.RunAsync(work, "rev-parse", "HEAD");
    }
}
