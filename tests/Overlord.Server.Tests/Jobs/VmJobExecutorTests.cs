using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Api;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Jobs;

/// <summary>A queued vm job whose VM cannot be made: it still ends with a FAILED VM status saying why.</summary>
public sealed class VmJobExecutorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Vm_job_on_a_runtime_without_VMs_records_FAILED_with_the_reason()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);

        var (job, outcome) = await RunAsync(node, new VmJobPayload(JsonNode.Parse(VmRoutesTests.ImageProfile)!.AsObject(), Restart: false));

        var status = await node.VmStatuses.GetAsync("vm1", Token);
        Assert.Equal(JobOutcome.Completed(VmOperation.Failed), outcome);
        Assert.Equal((VmOperation.Failed, job.Id), (status!.Operation, status.JobId));
        Assert.Equal(new ErrorInfo("UnsupportedRuntime", ProjectJobExecutor.VmNeedsAppJail("test")), status.Exception);
    }

    [Fact]
    public async Task Vm_job_with_a_profile_that_no_longer_reads_records_FAILED_InvalidSpec()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);

        await RunAsync(node, new VmJobPayload(new JsonObject { ["makejail"] = "x" }, Restart: false));

        var status = await node.VmStatuses.GetAsync("vm1", Token);
        Assert.Equal("InvalidSpec", status!.Exception!.Type);
        Assert.Contains("template: is required but missing", status.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vm_payload_survives_the_queue_with_its_profile_and_restart()
    {
        using var folder = new TempDirectory();
        await using var node = await TestNode.OpenAsync(folder.Path);
        var payload = new VmJobPayload(JsonNode.Parse(VmRoutesTests.ImageProfile)!.AsObject(), Restart: true);

        await node.Queue.EnqueueAsync("vm1", payload, Token);
        var claimed = await node.Queue.TryClaimAsync("me", cancelOnly: false, Token);

        var read = Assert.IsType<VmJobPayload>(claimed!.Payload);
        Assert.True(read.Restart);
        Assert.True(JsonNode.DeepEquals(payload.Profile, read.Profile));
    }

    [Fact]
    public async Task Vm_job_cancelled_while_Director_runs_is_recorded_cancelled_whatever_the_runtime_returns()
    {
        using var folder = new TempDirectory();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TestVmRuntime runtime = null!;

        // As Director: its own cancel stops it before the first service and it exits 0, so the stage "completes";
        // the next step then fails (no jail) before our token reaches it, and the runtime returns without throwing.
        runtime = new TestVmRuntime(async (_, progress, _) =>
        {
            await progress.ProjectUpdatedAsync(new VmProjectUpdate(VmProjectStage.Running, null, false), CancellationToken.None);
            entered.TrySetResult();
            await Eventually.HoldsAsync(() => runtime.Calls.Contains("cancel vm1"), "the runtime's cancel");
            await progress.ProjectUpdatedAsync(new VmProjectUpdate(VmProjectStage.Completed, TestRuntime.Success(), false), CancellationToken.None);
            return new VmCreateResult(VmCreateOutcome.Failed, "appjail sysrc jail vm1: Cannot find the jail `vm1`");
        });
        await using var node = await TestNode.OpenAsync(folder.Path, runtime);
        await node.Queue.EnqueueAsync("vm1", new VmJobPayload(JsonNode.Parse(VmRoutesTests.ImageProfile)!.AsObject(), Restart: false), Token);
        var vmJob = (await node.Queue.TryClaimAsync("me", cancelOnly: false, Token))!;
        var vm = node.Executor.ExecuteAsync(vmJob, Token);
        await entered.Task.WithinDeadline();

        await node.Queue.EnqueueAsync("vm1", new CancelJobPayload(), Token);
        var cancelJob = (await node.Queue.TryClaimAsync("me", cancelOnly: true, Token))!;
        await node.Executor.ExecuteAsync(cancelJob, Token);

        Assert.Equal(JobOutcome.Cancelled($"cancelled by job {cancelJob.Id}"), await vm);
        Assert.Equal(VmOperation.Failed, (await node.VmStatuses.GetAsync("vm1", Token))!.Operation);
        Assert.Equal(ProjectOperation.Failed, (await node.Statuses.GetAsync("vm1", ProjectAction.Up, Token))!.Operation);
    }

    private static async Task<(ClaimedJob Job, JobOutcome Outcome)> RunAsync(TestNode node, JobPayload payload)
    {
        await node.Queue.EnqueueAsync("vm1", payload, Token);
        var job = await node.Queue.TryClaimAsync("me", cancelOnly: false, Token);
        return (job!, await node.Executor.ExecuteAsync(job!, Token));
    }
}
