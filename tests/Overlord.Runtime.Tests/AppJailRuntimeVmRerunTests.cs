using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>A vmJail applied again (installed before: restart, overwrite or nothing) and the ISO installer paths.</summary>
public sealed class AppJailRuntimeVmRerunTests
{
    private const string IsoProfile = """
        {"makejail": "/usr/local/share/overlord/vm.makejail",
         "template": {"loader": "uefi", "cpu": "1", "memory": "256M"},
         "diskLayout": {"driver": "nvme", "size": "10G", "from": {"type": "iso", "isoFile": "installer.iso", "installed": INSTALLED}}}
        """;

    [Fact]
    public async Task CreateVm_AlreadyInstalled_DoesNothing()
    {
        using var tools = FakeToolbox.Create();
        var runtime = VmTestRuntime.Create(tools);
        await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));
        File.Delete(tools.CallLogFile);

        var (result, progress) = await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));

        Assert.Equal(VmCreateOutcome.AlreadyInstalled, result.Outcome);
        Assert.Equal(["appjail-director describe -p vm1", "appjail status -q vm1"], tools.CommandLines());
        Assert.Empty(progress.Events);
    }

    [Fact]
    public async Task CreateVm_Restart_BringsTheJailDownAndUpWithTheDoneDirectorFile()
    {
        using var tools = FakeToolbox.Create();
        var runtime = VmTestRuntime.Create(tools);
        await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));
        var installedWith = File.ReadAllText(VmTestRuntime.DirectorFile(tools));
        File.Delete(tools.CallLogFile);
        var changed = VmTestRuntime.ImageProfile.Replace("vm.makejail", "other.makejail", StringComparison.Ordinal);

        var (result, progress) = await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(changed, restart: true));

        Assert.Equal(VmCreateOutcome.Restarted, result.Outcome);
        Assert.Equal(
            [
                "appjail-director describe -p vm1",
                "appjail status -q vm1",
                "appjail-director check -p vm1",
                "appjail-director down -j -p vm1",
                $"appjail-director up -j -f {VmTestRuntime.DirectorFile(tools)} -p vm1",
            ],
            tools.CommandLines());
        Assert.Equal(installedWith, File.ReadAllText(VmTestRuntime.DirectorFile(tools)));
        Assert.Equal(["project:Running", "project:Completed"], progress.Events);
        Assert.True(progress.ProjectUpdates[^1].Restarted);
    }

    [Fact]
    public async Task CreateVm_RestartWithPoweroff_PowersTheVmOffBeforeTheDown()
    {
        using var tools = FakeToolbox.Create();
        var runtime = VmTestRuntime.Create(tools);
        await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));
        File.Delete(tools.CallLogFile);
        var poweroff = VmTestRuntime.ImageProfile.TrimEnd()[..^1] + ", \"poweroff\": true}";

        await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(poweroff, restart: true));

        var lines = tools.CommandLines().ToList();
        Assert.InRange(lines.IndexOf("appjail cmd jexec vm1 vm poweroff -f vm1"), 0, lines.IndexOf("appjail-director down -j -p vm1") - 1);
    }

    [Fact]
    public async Task CreateVm_OverwriteOfAnInstalledVm_RunsDirectorWithOverwrite()
    {
        using var tools = FakeToolbox.Create();
        var runtime = VmTestRuntime.Create(tools);
        await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));
        File.Delete(tools.CallLogFile);
        var overwrite = VmTestRuntime.ImageProfile.TrimEnd()[..^1] + ", \"overwrite\": true}";

        var (result, _) = await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(overwrite));

        Assert.Equal(VmCreateOutcome.Completed, result.Outcome);
        Assert.Contains($"appjail-director up -j -f {VmTestRuntime.DirectorFile(tools)} -p vm1 --overwrite", tools.CommandLines());
    }

    [Fact]
    public async Task CreateVm_IsoNotInstalled_BootsTheInstallerAndLeavesNoDoneMarker()
    {
        using var tools = FakeToolbox.Create();
        Directory.CreateDirectory(Path.Combine(VmTestRuntime.Root(tools), "vm", ".iso"));
        File.WriteAllText(Path.Combine(VmTestRuntime.Root(tools), "vm", ".iso", "installer.iso"), "");

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(IsoProfile.Replace("INSTALLED", "false", StringComparison.Ordinal)));

        Assert.Equal((VmCreateOutcome.Completed, "Starting vm1\n  * found guest in /vm/vm1\n  * booting..."), (result.Outcome, result.Output));
        Assert.Contains("appjail cmd jexec vm1 vm install vm1 installer.iso", tools.CommandLines());
        Assert.False(File.Exists(Path.Combine(VmTestRuntime.Root(tools), "vm", ".done")));
    }

    [Fact]
    public async Task CreateVm_IsoInstalledByHand_SkipsDirectorAndTheDiskAndStartsTheVm()
    {
        using var tools = FakeToolbox.Create();
        Directory.CreateDirectory(VmTestRuntime.Root(tools));
        await FakeToolsShell.RunAsync(tools, "vm", "create", "vm1");

        // Installed by hand in the running jail: AppJail's sysrc and jexec need it running (a stopped one fails).
        tools.SetRunning(VmTestRuntime.Vm, true);
        File.Delete(tools.CallLogFile);

        var (result, progress) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(IsoProfile.Replace("INSTALLED", "true", StringComparison.Ordinal)));

        Assert.Equal(VmCreateOutcome.Completed, result.Outcome);
        Assert.Equal(["project:Running", "project:Noop", "vm:Running"], progress.Events);
        Assert.Equal(
            ["appjail-director describe -p vm1", "appjail status -q vm1", "appjail sysrc jail vm1 vm_list+=vm1", "appjail cmd jexec vm1 vm start vm1", "vm start vm1"],
            tools.CommandLines());
        Assert.True(File.Exists(Path.Combine(VmTestRuntime.Root(tools), "vm", ".done")));
    }
}
