using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The vmJail flow against the fake tools: what runs, in which order, and what the node is told.</summary>
public sealed class AppJailRuntimeVmTests
{
    [Fact]
    public async Task CreateVm_Image_BringsTheJailUpThenCreatesAndStartsTheVm()
    {
        using var tools = FakeToolbox.Create();

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(VmTestRuntime.ImageProfile));

        Assert.Equal(
            [
                "appjail-director describe -p vm1",
                "appjail status -q vm1",
                $"appjail-director up -j -f {VmTestRuntime.DirectorFile(tools)} -p vm1",
                "appjail cmd jexec vm1 vm create -t overlord vm1",
                "vm create -t overlord vm1",
                "appjail sysrc jail vm1 vm_list+=vm1",
                "appjail cmd jexec vm1 vm start vm1",
                "vm start vm1",
            ],
            tools.CommandLines());
    }

    [Fact]
    public async Task CreateVm_Image_ReportsEachStageAndTheStartOutput()
    {
        using var tools = FakeToolbox.Create();

        var (result, progress) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(VmTestRuntime.ImageProfile));

        Assert.Equal(["project:Running", "project:Completed", "vm:Running"], progress.Events);
        Assert.Equal(VmCreateOutcome.Completed, result.Outcome);
        Assert.Equal("vm_list:  -> vm1\nStarting vm1\n  * found guest in /vm/vm1\n  * booting...", result.Output);
    }

    [Fact]
    public async Task CreateVm_DirectorStepFails_EndsIncompletedBeforeTheVm()
    {
        using var tools = FakeToolbox.Create();
        tools.FailSteps("start:vm");

        var (result, progress) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(VmTestRuntime.ImageProfile));

        Assert.Equal(["project:Running", "project:Incompleted"], progress.Events);
        Assert.Equal(VmCreateOutcome.Failed, result.Outcome);
        Assert.StartsWith("appjail-director up of vm1 did not complete (errlevel 1, failed: start of vm)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(tools.CommandLines(), line => line.StartsWith("vm ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateVm_ProjectLockedByAnotherDirectorRun_IsSkipped()
    {
        using var tools = FakeToolbox.Create();
        var runtime = VmTestRuntime.Create(tools);
        tools.DelayUps(TimeSpan.FromSeconds(30));
        var held = runtime.UpAsync(AppJailTestRuntime.Up(VmTestRuntime.Vm, AppJailTestRuntime.OneService), TestContext.Current.CancellationToken);
        await Eventually.HoldsAsync(
            async () => await runtime.DescribeAsync(VmTestRuntime.Vm, TestContext.Current.CancellationToken) is { Locked: true },
            "the vm's project to be locked");

        var (result, progress) = await VmTestRuntime.CreateAsync(runtime, VmTestRuntime.Request(VmTestRuntime.ImageProfile));
        await runtime.CancelAsync(VmTestRuntime.Vm, TestContext.Current.CancellationToken);
        await held;

        Assert.Equal(VmCreateOutcome.Skipped, result.Outcome);
        Assert.StartsWith("vm1 is UNFINISHED and locked by another appjail-director run: nothing was done; apply again once it has ended. ", result.Output, StringComparison.Ordinal);
        Assert.Contains("still running; wait for it to end or cancel it.", result.Output, StringComparison.Ordinal);
        Assert.Empty(progress.Events);
    }

    [Fact]
    public async Task CreateVm_MakejailFromMetadata_BuildsTheJailFromTheMetadataFile()
    {
        using var tools = FakeToolbox.Create();
        var metadata = Path.Combine(tools.Root, "metadata");
        Directory.CreateDirectory(metadata);
        File.WriteAllText(Path.Combine(metadata, "vmMakejail"), "INCLUDE options/network.makejail\n");
        var profile = VmTestRuntime.ImageProfile.Replace("\"makejail\": \"/usr/local/share/overlord/vm.makejail\"", "\"makejailFromMetadata\": \"vmMakejail\"", StringComparison.Ordinal);

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(profile, metadata: metadata));

        Assert.Equal(VmCreateOutcome.Completed, result.Outcome);
        Assert.Contains($"    makejail: {Path.Combine(metadata, "vmMakejail")}\n", File.ReadAllText(VmTestRuntime.DirectorFile(tools)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateVm_MakejailFromMissingMetadata_FailsBeforeAnyTool()
    {
        using var tools = FakeToolbox.Create();
        var profile = VmTestRuntime.ImageProfile.Replace("\"makejail\": \"/usr/local/share/overlord/vm.makejail\"", "\"makejailFromMetadata\": \"vmMakejail\"", StringComparison.Ordinal);

        var (result, _) = await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(profile, metadata: tools.Root));

        Assert.Equal((VmCreateOutcome.Failed, "vmMakejail: metadata not found."), (result.Outcome, result.Output));
        Assert.Empty(tools.CommandLines());
    }

    [Fact]
    public async Task CreateVm_Datastore_CreatesItsImageAndIsoFolders()
    {
        using var tools = FakeToolbox.Create();
        var datastore = Path.Combine(tools.Root, "datastore");
        var profile = VmTestRuntime.ImageProfile.TrimEnd()[..^1] + $", \"datastore\": \"{datastore}\"}}";

        await VmTestRuntime.CreateAsync(VmTestRuntime.Create(tools), VmTestRuntime.Request(profile));

        Assert.True(Directory.Exists(Path.Combine(datastore, ".img")) && Directory.Exists(Path.Combine(datastore, ".iso")));
    }
}
