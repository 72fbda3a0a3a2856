using Overlord.Runtime;

namespace Overlord.Server.Tests.Support;

/// <summary>A <see cref="TestRuntime"/> that can also create VMs, each as the test tells it to.</summary>
internal sealed class TestVmRuntime(Func<VmCreateRequest, IVmProgress, CancellationToken, Task<VmCreateResult>> createVm) : TestRuntime, IVmRuntime
{
    public Task<VmCreateResult> CreateVmAsync(VmCreateRequest request, IVmProgress progress, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"vm {request.Spec.VmName}");
        return createVm(request, progress, cancellationToken);
    }
}
