using Overlord.Client.Contract;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Jobs;

public sealed class JobWorkerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Polling would take an hour: a job that runs proves the enqueue signal woke the worker.
    private static readonly JobOptions SignalOnly = new() { MaxConcurrentJobs = 4, PollInterval = TimeSpan.FromHours(1) };

    [Fact]
    public async Task An_enqueued_job_wakes_the_worker_and_runs()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        await node.StartWorkerAsync();

        var id = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);

        Assert.Equal(JobState.Completed, (await node.EndedAsync(id)).State);
        Assert.Equal(ProjectOperation.Completed, (await node.Statuses.GetAsync("web", ProjectAction.Up, Token))!.Operation);
    }

    [Fact]
    public async Task Two_ups_of_one_project_never_overlap()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        var gate = node.Runtime.BlockUps("web");
        await node.StartWorkerAsync();
        var first = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        var second = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        await gate.Entered.WithinDeadline();

        // A later job of another project completing shows the worker had capacity and looked again.
        await node.EndedAsync(await node.Queue.EnqueueAsync("other", TestNode.Up(), Token));
        var secondWhileFirstRuns = (await node.Queue.GetAsync(second, Token))!.State;
        gate.Release();
        await node.EndedAsync(second);

        Assert.Equal(JobState.Queued, secondWhileFirstRuns);
        Assert.Equal(1, node.Runtime.MaxOverlappingUpsOfOneProject);
        Assert.Equal(JobState.Completed, (await node.Queue.GetAsync(first, Token))!.State);
    }

    [Fact]
    public async Task Ups_of_two_projects_run_at_the_same_time()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        var bothStarted = new Barrier(2);
        foreach (var project in new[] { "web", "db" })
        {
            // Each up returns only once the other has started too: run one after the other, they would deadlock.
            node.Runtime.OnUp(project, async (_, token) =>
            {
                await Task.Run(() => bothStarted.SignalAndWait(Eventually.Deadline, token), token);
                return Support.TestRuntime.Success();
            });
        }

        await node.StartWorkerAsync();

        var web = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        var db = await node.Queue.EnqueueAsync("db", TestNode.Up(), Token);
        await node.EndedAsync(web);
        await node.EndedAsync(db);

        Assert.Equal(
            [ProjectOperation.Completed, ProjectOperation.Completed],
            [(await node.Statuses.GetAsync("web", ProjectAction.Up, Token))!.Operation, (await node.Statuses.GetAsync("db", ProjectAction.Up, Token))!.Operation]);
    }

    [Fact]
    public async Task A_project_runs_its_jobs_in_id_order()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        await node.Queue.EnqueueAsync("web", TestNode.Down(), Token);
        var last = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);

        await node.StartWorkerAsync();
        await node.EndedAsync(last);

        Assert.Equal(["up web", "down web", "up web"], node.Runtime.Calls);
    }

    [Fact]
    public async Task A_job_left_running_by_a_killed_node_runs_again_on_the_next_start()
    {
        using var folder = new TempDirectory();
        var killed = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        var stuck = killed.Runtime.BlockUps("web");
        await killed.StartWorkerAsync();
        var id = await killed.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        await stuck.Entered.WithinDeadline();

        // The killed node is abandoned mid-job; a new node process opens the same database file.
        await using var restarted = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        await restarted.StartWorkerAsync();
        var row = await restarted.EndedAsync(id);

        Assert.Equal((JobState.Completed, 2), (row.State, row.Attempts));
        Assert.Equal(["up web"], restarted.Runtime.Calls);
        await killed.DisposeAsync();
        Assert.Equal(JobState.Completed, (await restarted.Queue.GetAsync(id, Token))!.State);
    }

    [Fact]
    public async Task Jobs_queued_before_a_restart_run_after_it()
    {
        using var folder = new TempDirectory();
        var before = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        var id = await before.Queue.EnqueueAsync("web", TestNode.Up(), Token);

        await using var after = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        await after.StartWorkerAsync();

        Assert.Equal(JobState.Completed, (await after.EndedAsync(id)).State);
    }

    [Fact]
    public async Task Cancel_interrupts_the_running_up_even_with_every_worker_busy()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly with { MaxConcurrentJobs = 1 });
        var gate = node.Runtime.BlockUps("web");
        await node.StartWorkerAsync();
        var up = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        await gate.Entered.WithinDeadline();

        var cancel = await node.Queue.EnqueueAsync("web", new CancelJobPayload(), Token);
        var upRow = await node.EndedAsync(up);
        var cancelRow = await node.EndedAsync(cancel);

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal((JobState.Cancelled, $"cancelled by job {cancel}"), (upRow.State, upRow.Message));
        Assert.Equal((JobState.Completed, $"cancelled job {up}"), (cancelRow.State, cancelRow.Message));
        Assert.Equal((ProjectOperation.Failed, $"cancelled by job {cancel}"), (status!.Operation, status.Message));
        Assert.Contains("cancel web", node.Runtime.Calls);
    }

    [Fact]
    public async Task Stopping_the_worker_interrupts_a_running_job_and_queues_it_again()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path, options: SignalOnly);
        var gate = node.Runtime.BlockUps("web");
        var worker = await node.StartWorkerAsync();
        var id = await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        await gate.Entered.WithinDeadline();

        await worker.StopAsync(Token).WithinDeadline();

        var row = await node.Queue.GetAsync(id, Token);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal((JobState.Queued, 0), (row!.State, row.Attempts));
    }
}
