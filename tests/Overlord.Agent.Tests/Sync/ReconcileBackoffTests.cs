using Overlord.Agent.Convergence;
using Overlord.Agent.Store;
using Overlord.Agent.Sync;
using Overlord.Agent.Tests.Support;
using Overlord.Core.Specs;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Sync;

/// <summary>
/// Issue 9: a spec whose jobs fail on a node is tried again by the reconcile of later syncs, 30 s after the first
/// failure and twice as long after each next one, and at once when a new commit changes it.
/// </summary>
public sealed class ReconcileBackoffTests
{
    private readonly ManualTimeProvider _clock = new();
    private readonly DateTimeOffset _start;

    public ReconcileBackoffTests()
    {
        _start = _clock.GetUtcNow();
    }

    [Fact]
    public async Task A_failing_spec_is_tried_again_30_60_then_120_seconds_after_each_failure_and_not_in_between()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));

        var attempts = await SecondsWithAttemptsAsync(agent, 0, 29, 30, 89, 90, 209, 210);

        Assert.Equal([0, 30, 90, 210], attempts);
    }

    [Fact]
    public async Task While_a_failed_spec_waits_its_status_is_failed_with_the_time_of_the_next_attempt()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SecondsWithAttemptsAsync(agent, 0);

        var outcome = await SyncAtAsync(agent, 29);

        var status = Assert.Single(outcome.Statuses);
        Assert.Equal((ConvergenceStatus.Failed, _start.AddSeconds(30)), (status.Status, status.NextRetry));
        Assert.Equal([status], await agent.Store.GetStatusesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task After_a_failed_retry_the_status_gives_the_attempt_60_seconds_later()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SecondsWithAttemptsAsync(agent, 0);

        var outcome = await SyncAtAsync(agent, 30);

        var status = Assert.Single(outcome.Statuses);
        Assert.Equal((ConvergenceStatus.Failed, "errlevel 1", _start.AddSeconds(90)), (status.Status, status.Error, status.NextRetry));
    }

    [Fact]
    public async Task A_new_commit_that_does_not_touch_a_waiting_spec_tries_it_again_at_once()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SecondsWithAttemptsAsync(agent, 0, 30);
        await agent.CommitAsync("docs", ("README.md", "hello"));

        var attempts = await SecondsWithAttemptsAsync(agent, 31, 60, 61);

        Assert.Equal([31, 61], attempts);
    }

    [Fact]
    public async Task A_new_commit_changing_a_waiting_spec_dispatches_it_at_once()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SecondsWithAttemptsAsync(agent, 0, 30);
        await agent.CommitAsync("second", ("app.yml", SpecTexts.Project("app", environmentValue: "2")));

        var attempts = await SecondsWithAttemptsAsync(agent, 31);

        Assert.Equal([31], attempts);
        Assert.Equal("2", ((DirectorProjectSpec)agent.Dispatcher.Dispatched.Last().Spec).Environment["VALUE"]);
    }

    [Fact]
    public async Task After_a_new_commit_the_backoff_starts_again_from_30_seconds()
    {
        await using var agent = await FailingAgentAsync();
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SecondsWithAttemptsAsync(agent, 0, 30, 90);
        await agent.CommitAsync("second", ("app.yml", SpecTexts.Project("app", environmentValue: "2")));

        var attempts = await SecondsWithAttemptsAsync(agent, 100, 129, 130);

        Assert.Equal([100, 130], attempts);
    }

    [Fact]
    public async Task A_spec_refused_as_a_whole_is_sent_again_only_30_seconds_later()
    {
        await using var agent = await FailingAgentAsync();
        agent.Dispatcher.RefusedSpecs.Add("app.yml");
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));
        await SyncAtAsync(agent, 0);

        var attempts = await SecondsWithAttemptsAsync(agent, 1, 29, 30);

        Assert.Equal([30], attempts);
    }

    [Fact]
    public async Task A_spec_refused_as_a_whole_is_reported_failed_with_the_refusal_and_the_next_attempt()
    {
        await using var agent = await FailingAgentAsync();
        agent.Dispatcher.RefusedSpecs.Add("app.yml");
        await agent.CommitAsync("first", ("app.yml", SpecTexts.Project("app")));

        var outcome = await SyncAtAsync(agent, 0);

        var status = Assert.Single(outcome.Statuses);
        Assert.Equal((ConvergenceStatus.Failed, _start.AddSeconds(30)), (status.Status, status.NextRetry));
        Assert.Equal("refused: the spec cannot be sent", status.Error);
    }

    /// <summary>An agent whose tree is one node labelled <c>all</c> (so every test spec selects it) where every job of <c>app.yml</c> fails.</summary>
    private async Task<AgentHarness> FailingAgentAsync()
    {
        var agent = await AgentHarness.CreateAsync(clock: _clock);
        var dispatcher = new RecordingDispatcher
        {
            Tree = new ObservedTree([new ObservedNode("", ["all"], true, null, new Dictionary<string, ObservedProject>())]),
        };
        dispatcher.FailingSpecs.Add("app.yml");
        agent.NewEngine(dispatcher);
        return agent;
    }

    /// <summary>Syncs at each of <paramref name="seconds"/> after the start, in order, and returns those at which something was dispatched.</summary>
    private async Task<List<int>> SecondsWithAttemptsAsync(AgentHarness agent, params int[] seconds)
    {
        var attempts = new List<int>();
        foreach (var second in seconds)
        {
            var before = agent.Dispatcher.Dispatched.Count;
            await SyncAtAsync(agent, second);
            Assert.InRange(agent.Dispatcher.Dispatched.Count - before, 0, 1);
            if (agent.Dispatcher.Dispatched.Count > before)
            {
                attempts.Add(second);
            }
        }

        return attempts;
    }

    private Task<SyncOutcome> SyncAtAsync(AgentHarness agent, int second)
    {
        _clock.Advance(_start.AddSeconds(second) - _clock.GetUtcNow());
        return agent.SyncAsync();
    }
}
