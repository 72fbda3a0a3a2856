using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// One VM creation, run once for a test class (a run starts ten to twenty fake tools): the tests then look at
/// different parts of what it did.
/// </summary>
public abstract class VmCreateRun : IAsyncLifetime
{
    public FakeToolbox Tools { get; } = FakeToolbox.Create();

    public VmCreateResult Result { get; private set; } = null!;

    public string Root => VmTestRuntime.Root(Tools);

    public async ValueTask InitializeAsync()
    {
        var request = Request();
        Result = await VmTestRuntime.Create(Tools).CreateVmAsync(request, new RecordingVmProgress(), TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Tools.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract VmCreateRequest Request();
}
