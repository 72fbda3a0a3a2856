using System.Text.Json;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Agent.Tests.Support;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Sync;

public sealed class SyncEngineTests
{
    [Fact]
    public async Task First_sync_deploys_every_spec_metadata_first_and_advances_the_last_applied_commit()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("web/app.yml", SpecTexts.Project("app")), ("meta.yml", SpecTexts.Metadata("greeting", "hi")), ("README.md", "hello"));

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Succeeded, outcome.State);
        Assert.Equal(["meta.yml", "web/app.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal(head, await agent.Store.GetLastAppliedAsync(TestContext.Current.CancellationToken));
        var inventory = await agent.Store.GetInventoryAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("meta.yml", SpecKind.Metadata, null), ("web/app.yml", SpecKind.DirectorProject, "app")], inventory.Select(e => (e.SpecPath, e.Kind, e.Name)));
    }

    [Fact]
    public async Task A_poll_with_nothing_new_runs_ls_remote_and_no_fetch()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await agent.SyncAsync();
        var refsBefore = await TestGit.RunAsync(agent.MirrorPath, "for-each-ref");
        agent.GitCalls.Clear();

        var outcome = await agent.SyncAsync(trigger: SyncTrigger.Schedule);

        Assert.Equal(SyncState.UpToDate, outcome.State);
        Assert.Single(agent.GitCalls.Calls, call => call.StartsWith("ls-remote", StringComparison.Ordinal));
        Assert.DoesNotContain(agent.GitCalls.Calls, call => call.StartsWith("fetch", StringComparison.Ordinal));
        Assert.Equal(refsBefore, await TestGit.RunAsync(agent.MirrorPath, "for-each-ref"));
        Assert.Single(agent.Dispatcher.Dispatched);
    }

    [Fact]
    public async Task A_commit_touching_one_of_three_specs_dispatches_exactly_that_spec()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")));
        await agent.SyncAsync();
        agent.NewEngine();
        await agent.CommitAsync("touch b", ("b.yml", SpecTexts.Project("b", environmentValue: "2")));

        var outcome = await agent.SyncAsync();

        Assert.Equal(["b.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal("modified", Assert.Single(outcome.Steps).Step.Reason);
    }

    [Fact]
    public async Task An_invalid_spec_fails_alone_with_file_line_and_column_in_the_note()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("good.yml", SpecTexts.Project("good")), ("bad.yml", SpecTexts.Invalid));

        var outcome = await agent.SyncAsync();

        Assert.Equal(SyncState.Failed, outcome.State);
        Assert.Equal(["good.yml"], agent.Dispatcher.DispatchedPaths);
        var bad = Note(await agent.OriginNoteLinesAsync(head), "bad.yml");
        Assert.Equal("INVALID", bad.GetProperty("state").GetString());
        Assert.StartsWith("bad.yml:6:7: deployIn.labels", bad.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("DONE", Note(await agent.OriginNoteLinesAsync(head), "good.yml").GetProperty("state").GetString());
    }

    [Fact]
    public async Task Variables_come_from_the_env_file_of_the_revision_and_a_changed_root_env_reapplies_every_spec()
    {
        await using var agent = await AgentHarness.CreateAsync();
        await agent.CommitAsync(
            "first", (".env", "WORKERS=2\n"), ("a.yml", SpecTexts.Project("a", "!ENV ${WORKERS}")), ("web/b.yml", SpecTexts.Project("b", "!ENV ${FROM_NODE}")));
        await agent.SyncAsync();
        var first = (DirectorProjectSpec)agent.Dispatcher.Dispatched.First(entry => entry.SpecPath == "a.yml").Spec;
        agent.NewEngine();
        await agent.CommitAsync("more workers", (".env", "WORKERS=4\n"));

        var outcome = await agent.SyncAsync();

        Assert.Equal("2", first.Environment["VALUE"]);
        Assert.Equal(["a.yml", "web/b.yml"], agent.Dispatcher.DispatchedPaths);
        Assert.Equal("4", ((DirectorProjectSpec)agent.Dispatcher.Dispatched.First().Spec).Environment["VALUE"]);
        Assert.Equal("node-value", ((DirectorProjectSpec)agent.Dispatcher.Dispatched.Last().Spec).Environment["VALUE"]);
        Assert.All(outcome.Steps, step => Assert.Equal("env file .env changed", step.Step.Reason));
    }

    [Fact]
    public async Task A_metadata_include_is_read_from_the_revision_and_its_change_reapplies_the_spec()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var spec = SpecTexts.Metadata("greeting", "hi") + "\ninclude:\n  - values/common.yml\n";
        await agent.CommitAsync("first", ("meta.yml", spec), ("values/common.yml", "motd: one\n"));
        await agent.SyncAsync();
        agent.NewEngine();
        await agent.CommitAsync("new motd", ("values/common.yml", "motd: two\n"));

        await agent.SyncAsync();

        var (path, _, sent) = Assert.Single(agent.Dispatcher.Dispatched);
        Assert.Equal("meta.yml", path);
        Assert.Equal("two", ((MetadataSpec)sent).Metadata["motd"]);
    }

    [Fact]
    public async Task A_dry_run_returns_the_plan_and_writes_nothing()
    {
        await using var agent = await AgentHarness.CreateAsync();
        var head = await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")));

        var outcome = await agent.SyncAsync(new SyncOptions { DryRun = true });

        Assert.Equal(SyncState.Planned, outcome.State);
        Assert.Equal(("a.yml", StepAction.Apply), (outcome.Plan.Steps[0].SpecPath, outcome.Plan.Steps[0].Action));
        Assert.Empty(agent.Dispatcher.Dispatched);
        Assert.Null(await agent.Store.GetLastAppliedAsync(TestContext.Current.CancellationToken));
        Assert.Empty(await agent.Store.GetHistoryAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(head, outcome.TargetCommit);
        Assert.Equal("", await TestGit.RunAsync(agent.Repositories.Origin, "for-each-ref", "refs/notes"));
    }

    [Fact]
    public async Task One_engine_over_several_commits_sees_files_added_and_deleted_between_them()
    {
        await using var agent = await AgentHarness.CreateAsync(config => config with { Prune = true });
        await agent.CommitAsync("first", ("a.yml", SpecTexts.Project("a")), ("b.yml", SpecTexts.Project("b")), ("c.yml", SpecTexts.Project("c")), ("d.yml", SpecTexts.Project("d")));
        await agent.SyncAsync();
        await agent.CommitAsync("swap", ("d.yml", null), ("e.yml", SpecTexts.Project("e")));
        await agent.SyncAsync();
        await agent.CommitAsync("unrelated", ("README.md", "x"));

        var outcome = await agent.SyncAsync();

        Assert.Equal(["a.yml", "b.yml", "c.yml", "d.yml", "d.yml", "e.yml"], agent.Dispatcher.DispatchedPaths.Order(StringComparer.Ordinal));
        Assert.Contains(agent.Dispatcher.Dispatched, entry => entry.SpecPath == "d.yml" && entry.Action == StepAction.Destroy);
        Assert.Empty(outcome.Steps);
        var inventory = await agent.Store.GetInventoryAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["a.yml", "b.yml", "c.yml", "e.yml"], inventory.Select(entry => entry.SpecPath));
    }

    private static JsonElement Note(IReadOnlyList<string> lines, string spec) =>
        lines.Select(line => JsonDocument.Parse(line).RootElement).Single(line => line.TryGetProperty("spec", out var value) && value.GetString() == spec);
}
