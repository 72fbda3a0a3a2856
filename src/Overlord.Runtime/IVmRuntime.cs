namespace Overlord.Runtime;

/// <summary>
/// A runtime that can create bhyve VMs from vmJail specs (reference section 11). Only the <c>appjail</c> runtime
/// can: the <c>process</c> runtime has no jails, no vm-bhyve and no bhyve.
/// </summary>
public interface IVmRuntime
{
    /// <summary>
    /// Brings the VM's jail up with Director, then creates, installs and starts the VM inside it, reporting each stage
    /// to <paramref name="progress"/> as the original recorded it (the project's up status, then the VM's RUNNING).
    /// </summary>
    Task<VmCreateResult> CreateVmAsync(VmCreateRequest request, IVmProgress progress, CancellationToken cancellationToken);
}
