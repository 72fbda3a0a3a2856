using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Jobs;

public sealed class ProjectJobExecutorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_that_succeeds_records_COMPLETED_with_the_runtime_output()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.OnUp("web", (_, _) => Task.FromResult(new RuntimeResult(0, 0, null, [], "{}", "warning\n")));

        var (job, outcome) = await RunAsync(node, "web", TestNode.Up());

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal(JobOutcome.Completed(ProjectOperation.Completed), outcome);
        Assert.Equal((ProjectOperation.Completed, job.Id, false), (status!.Operation, status.JobId, status.Restarted));
        Assert.Equal((0, 0, "warning\n"), (status.Output!.Rc, status.Output.Director!.Errlevel, status.Output.Stderr));
    }

    [Fact]
    public async Task Up_with_a_failed_service_records_INCOMPLETED_with_the_failed_steps()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.OnUp("web", (_, _) => Task.FromResult(new RuntimeResult(1, 1, "boom", [new FailedStep("start", "app")], "", "")));

        await RunAsync(node, "web", TestNode.Up());

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal(ProjectOperation.Incompleted, status!.Operation);
        Assert.Equal(new DirectorFailure { Type = "start", Service = "app" }, Assert.Single(status.Output!.Director!.Failed));
    }

    [Fact]
    public async Task Up_whose_runtime_throws_records_FAILED_with_the_exception()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.OnUp("web", (_, _) => throw new IOException("disk full"));

        var (_, outcome) = await RunAsync(node, "web", TestNode.Up());

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal(JobState.Failed, outcome.State);
        Assert.Equal((ProjectOperation.Failed, new ErrorInfo("IOException", "disk full")), (status!.Operation, status.Exception));
    }

    [Fact]
    public async Task Up_shows_RUNNING_while_the_runtime_works()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var gate = node.Runtime.BlockUps("web");
        await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        var job = await node.Queue.TryClaimAsync("me", cancelOnly: false, Token);
        var running = node.Executor.ExecuteAsync(job!, Token);
        await gate.Entered.WithinDeadline();

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);

        gate.Release();
        await running.WithinDeadline();
        Assert.Equal((ProjectOperation.Running, job!.Id), (status!.Operation, status.JobId));
    }

    [Fact]
    public async Task Restart_of_an_existing_project_is_passed_on_and_recorded()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.Projects["web"] = true;

        await RunAsync(node, "web", TestNode.Up(restart: true));

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.True(Assert.Single(node.Runtime.Ups).Restart);
        Assert.True(status!.Restarted);
    }

    [Fact]
    public async Task Node_variables_override_the_job_environment()
    {
        using var folder = new TempDirectory();
        var options = new JobOptions { MetadataDirectory = "/var/overlord/metadata" };
        await using var node = await TestNode.OpenAsync(folder.Path, options: options);
        var environment = new Dictionary<string, string> { ["OVERLORD_METADATA"] = "/tmp/evil", ["APP"] = "1" };

        await RunAsync(node, "web", TestNode.Up(environment));

        var sent = Assert.Single(node.Runtime.Ups).Environment;
        Assert.Equal(("/var/overlord/metadata", "1"), (sent["OVERLORD_METADATA"], sent["APP"]));
    }

    [Fact]
    public async Task Down_records_RUNNING_then_COMPLETED()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.Projects["web"] = true;

        var (job, _) = await RunAsync(node, "web", new DownJobPayload(new Dictionary<string, string>(), Force: true));

        var status = await node.Statuses.GetAsync("web", ProjectAction.Down, Token);
        Assert.Equal((ProjectOperation.Completed, job.Id), (status!.Operation, status.JobId));
        Assert.True(Assert.Single(node.Runtime.Downs).Force);
    }

    [Fact]
    public async Task Execution_time_reached_cancels_the_job_and_records_FAILED()
    {
        using var folder = new TempDirectory();
        var clock = new ManualTimeProvider();
        var options = new JobOptions { ExecutionTime = TimeSpan.FromSeconds(30) };
        await using var node = await TestNode.OpenAsync(folder.Path, options: options, timeProvider: clock);
        var gate = node.Runtime.BlockUps("web");
        await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        var job = await node.Queue.TryClaimAsync("me", cancelOnly: false, Token);
        var running = node.Executor.ExecuteAsync(job!, Token);
        await gate.Entered.WithinDeadline();

        clock.Advance(TimeSpan.FromSeconds(30));
        var outcome = await running.WaitAsync(Eventually.Deadline, Token);

        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal(JobState.Failed, outcome.State);
        Assert.Equal(ProjectOperation.Failed, status!.Operation);
        Assert.Contains("execution_time of 30 seconds", status.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_with_no_running_up_still_asks_the_runtime_and_completes()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);

        var (_, outcome) = await RunAsync(node, "web", new CancelJobPayload());

        Assert.Equal(JobOutcome.Completed("no up of this project was running"), outcome);
        Assert.Contains("cancel web", node.Runtime.Calls);
    }

    [Fact]
    public async Task Cancel_of_an_up_that_then_exits_0_records_it_cancelled_and_reports_once_it_has_ended()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // As Director: its own cancel stops it before the first service, and it exits 0 without seeing our token.
        node.Runtime.OnUp("web", async (_, _) =>
        {
            entered.TrySetResult();
            await Eventually.HoldsAsync(() => node.Runtime.Calls.Contains("cancel web"), "the runtime's cancel");
            await Task.Delay(200, CancellationToken.None);
            return TestRuntime.Success();
        });
        await node.Queue.EnqueueAsync("web", TestNode.Up(), Token);
        var upJob = (await node.Queue.TryClaimAsync("me", cancelOnly: false, Token))!;
        var up = node.Executor.ExecuteAsync(upJob, Token);
        await entered.Task.WithinDeadline();

        var (cancelJob, cancelled) = await RunAsync(node, "web", new CancelJobPayload());

        Assert.True(up.IsCompleted, "the cancel should report only once the up has ended");
        Assert.Equal(JobOutcome.Completed($"cancelled job {upJob.Id}"), cancelled);
        Assert.Equal(JobOutcome.Cancelled($"cancelled by job {cancelJob.Id}"), await up);
        var status = await node.Statuses.GetAsync("web", ProjectAction.Up, Token);
        Assert.Equal(ProjectOperation.Failed, status!.Operation);
    }

    [Fact]
    public async Task Each_job_keeps_its_log_lines()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        node.Runtime.OnUp("web", (_, _) => Task.FromResult(new RuntimeResult(1, 1, null, [new FailedStep("makejail", "app")], "", "pkg: not found")));

        var (job, _) = await RunAsync(node, "web", TestNode.Up());

        var lines = (await node.Log.ReadAsync(job.Id, Token)).Select(l => l.Line).ToList();
        Assert.Equal(
            ["up of web, attempt 1", "runtime exited 1, errlevel 1", "failed: makejail of service app", "stderr: pkg: not found"],
            lines);
    }

    private static async Task<(ClaimedJob Job, JobOutcome Outcome)> RunAsync(TestNode node, string project, JobPayload payload)
    {
        await node.Queue.EnqueueAsync(project, payload, Token);
        var job = await node.Queue.TryClaimAsync("me", cancelOnly: payload is CancelJobPayload, Token);
        return (job!, await node.Executor.ExecuteAsync(job!, Token));
    }
}
