using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// vm-bhyve's `vm start` exits 0 when it does not start the guest and says why on a "  ! " line (lib/vm-core,
/// core::start's loop ends on an assignment); the runtime takes that line as the failure it is (issue 15.3).
/// </summary>
public sealed class AppJailRuntimeVmNotStartedTests
{
    private const string ProfileWithoutMemory = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "2"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "img"}}}
        """;

    [Fact]
    public async Task CreateVm_VmStartPrintsARefusal_FailsAndWritesNoDoneMarker()
    {
        using var tools = FakeToolbox.Create();

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(ProfileWithoutMemory));

        Assert.Equal(VmCreateOutcome.Failed, result.Outcome);
        Assert.EndsWith("\n  ! incomplete virtual machine configuration\nvm-bhyve did not start the VM: incomplete virtual machine configuration", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(VmTestRuntime.Root(tools), "vm", ".done")));
    }

    [Fact]
    public async Task FakeVmStart_OfAnUnknownGuest_ExitsZeroWithARefusalLine()
    {
        using var tools = FakeToolbox.Create();

        var start = await FakeToolsShell.RunAsync(tools, "vm", "start", "nothing");

        Assert.Equal((0, "Starting nothing\n  ! nothing does not seem to be a valid virtual machine\n"), (start.ExitCode, start.StdOut));
    }

    [Fact]
    public async Task FakeVmStart_OfARunningGuest_SaysSoAndExitsZero()
    {
        using var tools = FakeToolbox.Create();
        await FakeToolsShell.RunAsync(tools, "vm", "create", "vm1");
        await FakeToolsShell.RunAsync(tools, "vm", "start", "vm1");

        var again = await FakeToolsShell.RunAsync(tools, "vm", "start", "vm1");

        Assert.Equal(0, again.ExitCode);
        Assert.EndsWith("  ! guest appears to be running already\n", again.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeVmStop_OfAStoppedGuest_WarnsAndExitsZero()
    {
        using var tools = FakeToolbox.Create();

        var stop = await FakeToolsShell.RunAsync(tools, "vm", "stop", "nothing");

        Assert.Equal((0, "vm: WARNING: nothing doesn't appear to be a running virtual machine\n"), (stop.ExitCode, stop.StdErr));
    }
}
