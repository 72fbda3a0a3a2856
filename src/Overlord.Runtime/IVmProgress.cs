namespace Overlord.Runtime;

/// <summary>Where a VM creation reports its stages, so the node can record them as they happen.</summary>
public interface IVmProgress
{
    /// <summary>The Director stage (the project's up status): running, then completed, incompleted, or skipped (NOOP).</summary>
    Task ProjectUpdatedAsync(VmProjectUpdate update, CancellationToken cancellationToken);

    /// <summary>The jail is up and the VM stage begins (the VM's status becomes RUNNING).</summary>
    Task VmRunningAsync(CancellationToken cancellationToken);
}
