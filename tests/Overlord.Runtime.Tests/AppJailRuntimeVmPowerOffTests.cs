using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeVmPowerOffTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_VmProject_PowersTheVmOffBeforeDestroying()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("vm-jail", AppJailTestRuntime.VmProject), Cancellation);
        File.Delete(tools.CallLogFile);

        await runtime.DownAsync(AppJailTestRuntime.Down("vm-jail"), Cancellation);

        Assert.Equal(
            [
                "appjail-director describe -p vm-jail",
                "appjail label get -I -l overlord.vm -- vm-jail value",
                "appjail cmd jexec vm-jail vm poweroff -f vm-jail",
                "vm poweroff -f vm-jail",
                "appjail-director down -j -d --ignore-failed -p vm-jail",
            ],
            tools.CommandLines());
    }

    [Fact]
    public async Task Restart_VmProject_PowersTheVmOffBeforeStopping()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("vm-jail", AppJailTestRuntime.VmProject), Cancellation);
        File.Delete(tools.CallLogFile);

        await runtime.UpAsync(AppJailTestRuntime.Up("vm-jail", AppJailTestRuntime.VmProject, restart: true), Cancellation);

        var lines = tools.CommandLines();
        var powerOff = lines.ToList().IndexOf("appjail cmd jexec vm-jail vm poweroff -f vm-jail");
        var stop = lines.ToList().IndexOf("appjail-director down -j -p vm-jail");
        Assert.InRange(powerOff, 0, stop - 1);
    }

    [Fact]
    public async Task Down_SingleServiceWithoutVmLabel_DoesNotPowerOff()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("solo", AppJailTestRuntime.OneService), Cancellation);
        File.Delete(tools.CallLogFile);

        await runtime.DownAsync(AppJailTestRuntime.Down("solo"), Cancellation);

        Assert.Equal(
            [
                "appjail-director describe -p solo",
                "appjail label get -I -l overlord.vm -- solo-jail value",
                "appjail-director down -j -d --ignore-failed -p solo",
            ],
            tools.CommandLines());
    }

    [Fact]
    public async Task Down_RunningVm_LeavesItPoweredOff()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("vm-jail", AppJailTestRuntime.VmProject), Cancellation);
        await FakeToolsShell.RunAsync(tools, "vm", "create", "vm-jail");
        await FakeToolsShell.RunAsync(tools, "vm", "start", "vm-jail");

        await runtime.StopAsync("vm-jail", new Dictionary<string, string>(), Cancellation);

        var again = await FakeToolsShell.RunAsync(tools, "vm", "poweroff", "-f", "vm-jail");
        Assert.Equal("vm: ERROR: vm-jail doesn't appear to be a running virtual machine\n", again.StdErr);
    }
}
