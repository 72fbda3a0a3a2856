using Overlord.Client.Contract;
using Overlord.Core.Specs.Reading;
using Overlord.Runtime;

namespace Overlord.Server.Jobs;

public sealed partial class ProjectJobExecutor
{
    /// <summary>The message of a VM job on a runtime that cannot run VMs (the POST refuses it first; the node's runtime may have changed since).</summary>
    public static string VmNeedsAppJail(string runtimeName) =>
        $"vmJail needs the appjail runtime: this node runs the {runtimeName} runtime, which has no jails and no bhyve.";

    /// <summary>
    /// A VM creation (reference 11): the runtime reports the Director stage in the project's up status and the VM stage
    /// in the VM's status; the job ends by writing the VM's final status, whatever happened, so a client following
    /// the job id sees it end (the original wrote none when nothing was done or Director failed).
    /// </summary>
    private async Task<JobOutcome> VmAsync(ClaimedJob job, VmJobPayload payload, CancellationToken cancellationToken)
    {
        await LogAsync(job, $"vm {job.Project}, restart {payload.Restart}, attempt {job.Attempt}", cancellationToken);
        var read = VmProfileReader.Read(job.Project, payload.Profile);
        if (read.Spec is not { } spec)
        {
            return await EndVmAsync(job, VmOperation.Failed, null, new ErrorInfo("InvalidSpec", string.Join("; ", read.Errors)), cancellationToken);
        }

        if (runtime is not IVmRuntime vms)
        {
            return await EndVmAsync(job, VmOperation.Failed, null, new ErrorInfo("UnsupportedRuntime", VmNeedsAppJail(runtime.Name)), cancellationToken);
        }

        var progress = new VmJobProgress(job, statuses, vmStatuses, timeProvider);
        var request = new VmCreateRequest(spec, payload.Restart, NodeEnvironment(new Dictionary<string, string>()), options.MetadataDirectory);
        VmCreateResult result;
        try
        {
            result = await vms.CreateVmAsync(request, progress, cancellationToken);
        }
        catch (Exception) when (progress.ProjectRunning)
        {
            // Stopped during Director's stage: that status must not stay RUNNING either (the VM's is written by the caller).
            await SetStatusAsync(job, ProjectAction.Up, new(ProjectOperation.Failed, null, timeProvider.GetUtcNow(), job.Id), CancellationToken.None);
            throw;
        }

        if (running.CancelledBy(job) is not null)
        {
            // As for an up: Director exits 0 when its cancel stops it before the first service, and what follows
            // may end before our token stops it; a cancelled VM job is recorded cancelled whatever it returned.
            if (progress.ProjectStageRan)
            {
                await SetStatusAsync(job, ProjectAction.Up, new(ProjectOperation.Failed, null, timeProvider.GetUtcNow(), job.Id), CancellationToken.None);
            }

            throw new OperationCanceledException($"vm {job.Project} cancelled");
        }

        var operation = result.Outcome switch
        {
            VmCreateOutcome.Completed or VmCreateOutcome.Restarted => VmOperation.Completed,
            VmCreateOutcome.AlreadyInstalled => VmOperation.Noop,
            _ => VmOperation.Failed,
        };
        await LogAsync(job, $"vm {job.Project}: {result.Outcome}", cancellationToken);
        return await EndVmAsync(job, operation, result.Output, null, cancellationToken);
    }

    private async Task<JobOutcome> EndVmAsync(ClaimedJob job, string operation, string? output, ErrorInfo? exception, CancellationToken cancellationToken)
    {
        if (exception is not null)
        {
            await LogAsync(job, $"{exception.Type}: {exception.Message}", cancellationToken);
        }

        await vmStatuses.SetAsync(job.Project, new VmStatusRecord(operation, output, timeProvider.GetUtcNow(), job.Id, exception), cancellationToken);
        return JobOutcome.Completed(operation);
    }
}
