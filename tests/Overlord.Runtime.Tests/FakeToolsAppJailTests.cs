using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The fake appjail and vm: jail status codes, labels, jexec into the fake vm.</summary>
public sealed class FakeToolsAppJailTests
{
    [Fact]
    public async Task Status_FollowsTheJailFromRunningToStoppedToMissing()
    {
        using var tools = FakeToolbox.Create();
        await UpVmAsync(tools);

        var running = await FakeToolsShell.RunAsync(tools, "appjail", "status", "-q", "vm-jail");
        await FakeToolsShell.RunAsync(tools, "appjail", "stop", "vm-jail");
        var stopped = await FakeToolsShell.RunAsync(tools, "appjail", "status", "-q", "vm-jail");
        var missing = await FakeToolsShell.RunAsync(tools, "appjail", "status", "-q", "ghost");

        Assert.Equal((0, 1, 66), (running.ExitCode, stopped.ExitCode, missing.ExitCode));
    }

    [Fact]
    public async Task Status_BadJailName_Exits65()
    {
        using var tools = FakeToolbox.Create();

        var status = await FakeToolsShell.RunAsync(tools, "appjail", "status", "-q", "-bad.name");

        Assert.Equal(65, status.ExitCode);
    }

    [Fact]
    public async Task Status_MissingJailWithoutQuiet_LogsAppJailsError()
    {
        using var tools = FakeToolbox.Create();

        var status = await FakeToolsShell.RunAsync(tools, "appjail", "status", "ghost");

        Assert.Equal("[00:00:00] [ error ] Cannot find the jail `ghost`\n", status.StdErr);
    }

    [Fact]
    public async Task LabelGet_PrintsTheValueOfALabelFromTheDirectorFile()
    {
        using var tools = FakeToolbox.Create();
        await UpVmAsync(tools);

        var label = await FakeToolsShell.RunAsync(tools, "appjail", "label", "get", "-I", "-l", "overlord.vm", "--", "vm-jail", "value");
        var absent = await FakeToolsShell.RunAsync(tools, "appjail", "label", "get", "-I", "-l", "other", "--", "vm-jail", "value");

        Assert.Equal((0, "1\n"), (label.ExitCode, label.StdOut));
        Assert.Equal(66, absent.ExitCode);
    }

    [Fact]
    public async Task LabelGet_PrintsOnlyTheFirstLineOfAValue()
    {
        using var tools = FakeToolbox.Create();
        var labels = Path.Combine(tools.JailsDirectory, "web-jail", "conf", "labels", "note");
        Directory.CreateDirectory(labels);
        await File.WriteAllTextAsync(Path.Combine(labels, "value"), "first\nsecond\n", TestContext.Current.CancellationToken);

        var label = await FakeToolsShell.RunAsync(tools, "appjail", "label", "get", "-I", "-l", "note", "--", "web-jail", "value");

        Assert.Equal((0, "first\n"), (label.ExitCode, label.StdOut));
    }

    [Fact]
    public async Task JexecVm_RunsTheFakeVmAndRecordsIt()
    {
        using var tools = FakeToolbox.Create();
        await UpVmAsync(tools);
        await FakeToolsShell.RunAsync(tools, "vm", "create", "vm-jail");
        await FakeToolsShell.RunAsync(tools, "vm", "start", "vm-jail");
        File.Delete(tools.CallLogFile);

        var powerOff = await FakeToolsShell.RunAsync(tools, "appjail", "cmd", "jexec", "vm-jail", "vm", "poweroff", "-f", "vm-jail");

        Assert.Equal(0, powerOff.ExitCode);
        Assert.Equal(["appjail cmd jexec vm-jail vm poweroff -f vm-jail", "vm poweroff -f vm-jail"], tools.CommandLines());
    }

    [Fact]
    public async Task VmPowerOff_MachineNotRunning_FailsAsVmBhyveDoes()
    {
        using var tools = FakeToolbox.Create();

        var powerOff = await FakeToolsShell.RunAsync(tools, "vm", "poweroff", "-f", "nothing");

        Assert.Equal((1, "vm: ERROR: nothing doesn't appear to be a running virtual machine\n"), (powerOff.ExitCode, powerOff.StdErr));
    }

    private static async Task UpVmAsync(FakeToolbox tools)
    {
        var file = Path.Combine(tools.Root, "vm.yml");
        await File.WriteAllTextAsync(file, AppJailTestRuntime.VmProject, TestContext.Current.CancellationToken);
        var up = await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", "vm-jail");
        Assert.Equal(0, up.ExitCode);
    }
}
