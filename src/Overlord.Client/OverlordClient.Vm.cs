using Overlord.Client.Contract;
using Overlord.Client.Http;
using Overlord.Core.Names;

namespace Overlord.Client;

/// <summary>Routes about VMs (vmJail).</summary>
public sealed partial class OverlordClient
{
    /// <summary><c>GET /v1/vm/{name}</c>: the status of the VM's install and start; 404 when unknown.</summary>
    public Task<ApiResult<VmStatus>> GetVmStatusAsync(string vm, CancellationToken cancellationToken = default) =>
        NamePatterns.IsVm(vm)
            ? ReadJsonAsync<VmStatusResponse, VmStatus>(new ApiCall(HttpMethod.Get, $"vm/{vm}"), response => response.Status ?? new VmStatus(), cancellationToken)
            : Task.FromResult(Refused<VmStatus>(vm, "VM name"));

    /// <summary><c>POST /v1/vm/{name}</c>: queues the creation of a VM; the value is the job id.</summary>
    public Task<ApiResult<long>> CreateVmAsync(string vm, VmProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return NamePatterns.IsVm(vm)
            ? ReadJobAsync(new ApiCall(HttpMethod.Post, $"vm/{vm}", Json(profile)), cancellationToken)
            : Task.FromResult(Refused<long>(vm, "VM name"));
    }
}
