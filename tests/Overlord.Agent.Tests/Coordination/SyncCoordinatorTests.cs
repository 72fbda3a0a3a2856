using Overlord.Agent.Coordination;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Coordination;

public sealed class SyncCoordinatorTests
{
    [Fact]
    public async Task Twenty_webhooks_during_a_sync_fold_into_one_more_sync()
    {
        using var runner = new GatedRunner();
        using var coordinator = new SyncCoordinator(runner, TestLog.For<SyncCoordinator>());
        var first = coordinator.Enqueue(SyncTrigger.Webhook("d-0"), SyncOptions.Default);
        await runner.FirstStarted.Task.WaitAsync(TestContext.Current.CancellationToken);

        var burst = Enumerable.Range(1, 20).Select(i => coordinator.Enqueue(SyncTrigger.Webhook($"d-{i}"), SyncOptions.Default)).ToList();
        runner.Release(10);
        await Task.WhenAll(burst.Select(ticket => ticket.Completion)).WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, runner.Runs.Count);
        Assert.Equal(1, runner.MaxConcurrent);
        Assert.Single(burst.Select(ticket => ticket.SyncId).Distinct());
        Assert.NotEqual(first.SyncId, burst[0].SyncId);
        Assert.All(burst.Skip(1), ticket => Assert.True(ticket.Folded));
    }

    [Fact]
    public async Task A_sync_with_options_does_not_fold_into_a_plain_one()
    {
        using var runner = new GatedRunner();
        using var coordinator = new SyncCoordinator(runner, TestLog.For<SyncCoordinator>());
        coordinator.Enqueue(SyncTrigger.Schedule, SyncOptions.Default);
        await runner.FirstStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        var plain = coordinator.Enqueue(SyncTrigger.Webhook("d-1"), SyncOptions.Default);

        var dryRun = coordinator.Enqueue(SyncTrigger.Manual, new SyncOptions { DryRun = true });
        var pruning = coordinator.Enqueue(SyncTrigger.Manual, new SyncOptions { Prune = true });
        runner.Release(4);
        await Task.WhenAll(plain.Completion, dryRun.Completion, pruning.Completion).WaitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(4, runner.Runs.Count);
        Assert.Equal([false, true, false], runner.Runs.Skip(1).Select(run => run.Options.DryRun));
        Assert.False(dryRun.Folded);
    }

    [Fact]
    public async Task Stopping_cancels_the_running_sync_and_the_queued_ones()
    {
        using var runner = new GatedRunner();
        using var coordinator = new SyncCoordinator(runner, TestLog.For<SyncCoordinator>());
        var running = coordinator.Enqueue(SyncTrigger.Schedule, SyncOptions.Default);
        await runner.FirstStarted.Task.WaitAsync(TestContext.Current.CancellationToken);
        var queued = coordinator.Enqueue(SyncTrigger.Manual, new SyncOptions { Prune = true });

        await coordinator.StopAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.Completion);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.Completion);
        Assert.Single(runner.Runs);
    }
}
