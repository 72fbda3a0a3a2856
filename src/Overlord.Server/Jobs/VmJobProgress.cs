using Overlord.Runtime;

namespace Overlord.Server.Jobs;

/// <summary>Records a VM job's stages as they happen: Director's in the project's up status, the VM's start in the VM's status.</summary>
internal sealed class VmJobProgress(ClaimedJob job, ProjectStatusStore projects, VmStatusStore vms, TimeProvider timeProvider) : IVmProgress
{
    /// <summary>True between the Director stage's RUNNING and its end.</summary>
    public bool ProjectRunning { get; private set; }

    /// <summary>True once this job has started Director's stage (so the project's up status is this job's).</summary>
    public bool ProjectStageRan { get; private set; }

    public async Task ProjectUpdatedAsync(VmProjectUpdate update, CancellationToken cancellationToken)
    {
        var operation = update.Stage switch
        {
            VmProjectStage.Running => ProjectOperation.Running,
            VmProjectStage.Completed => ProjectOperation.Completed,
            VmProjectStage.Incompleted => ProjectOperation.Incompleted,
            _ => ProjectOperation.Noop,
        };
        var output = update.Result is { } result ? OperationOutputs.From(result) : null;
        await projects.SetAsync(
            job.Project, ProjectAction.Up, new ProjectOperationStatus(operation, output, timeProvider.GetUtcNow(), job.Id, update.Restarted), cancellationToken);
        ProjectRunning = update.Stage == VmProjectStage.Running;
        ProjectStageRan |= update.Stage == VmProjectStage.Running;
    }

    public Task VmRunningAsync(CancellationToken cancellationToken) =>
        vms.SetAsync(job.Project, new VmStatusRecord(VmOperation.Running, null, timeProvider.GetUtcNow(), job.Id), cancellationToken);
}
