using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeRecoveryTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();
    private readonly string _marker = "overlord-recovery-" + Guid.NewGuid().ToString("N")[..12];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Recover_AfterACrash_AdoptsTheRunningProcessInsteadOfStartingAnother()
    {
        var pid = await UpAsync();
        await _harness.Runtime.AbandonForCrashSimulationAsync();
        Assert.True(await ProcessTable.IsAliveAsync(pid), "the abandoned process should outlive the crashed runtime");

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.Equal(0, await _harness.StatusAsync("web"));
        Assert.True(await ProcessTable.IsAliveAsync(pid), "the adopted process was stopped");
        Assert.Equal(pid, await _harness.ReadNumberAsync("web"));
        Assert.Equal([pid], await ProcessTable.FindAsync(_marker));
    }

    [Fact]
    public async Task AdoptedProcess_ThatDies_IsStartedAgain()
    {
        var pid = await UpAsync();
        await _harness.Runtime.AbandonForCrashSimulationAsync();
        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        await ProcessTable.KillAsync(pid);

        Assert.NotEqual(pid, await _harness.ReadNumberAsync("web", notEqualTo: pid));
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0));
    }

    [Fact]
    public async Task Down_AfterAdoption_StopsTheAdoptedProcesses()
    {
        var pid = await UpAsync();
        await _harness.Runtime.AbandonForCrashSimulationAsync();
        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        var result = await _harness.Runtime.DownAsync(new DownRequest(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), false), ProcessRuntimeHarness.Token);

        Assert.True(result.Succeeded, result.StdErr);
        Assert.False(await ProcessTable.IsAliveAsync(pid));
        Assert.Empty(await ProcessTable.FindAsync(_marker));
    }

    [Fact]
    public async Task Recover_OfAProjectLeftDestroying_StopsItsProcesses_AndTheNextDownFinishes()
    {
        var pid = await UpAsync();
        await _harness.Runtime.AbandonForCrashSimulationAsync();
        _harness.EditState(state => state["State"] = ProjectStates.Destroying);

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.True(await Eventually.HeldAsync(async () => !await ProcessTable.IsAliveAsync(pid)), "a process of a project mid-down was left running");
        var result = await _harness.Runtime.DownAsync(new DownRequest(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), false), ProcessRuntimeHarness.Token);
        Assert.True(result.Succeeded, result.StdErr);
        Assert.False(await _harness.Runtime.ExistsAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Recover_AfterACrash_LeavesOneCopyOfEachProcess()
    {
        await UpAsync();
        await _harness.Runtime.AbandonForCrashSimulationAsync();

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.True(await Eventually.HeldAsync(async () => (await ProcessTable.FindAsync(_marker)).Count == 1));
    }

    [Fact]
    public async Task Recover_AfterACleanShutdown_StartsTheServicesAgain()
    {
        var pid = await UpAsync();
        await _harness.Runtime.DisposeAsync();
        Assert.False(await ProcessTable.IsAliveAsync(pid));

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0));
    }

    [Fact]
    public async Task Recover_DoesNotStartAStoppedProject()
    {
        await UpAsync();
        await _harness.Runtime.StopAsync(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), ProcessRuntimeHarness.Token);
        await _harness.Runtime.AbandonForCrashSimulationAsync();

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.Equal(1, await _harness.StatusAsync("web"));
    }

    [Fact]
    public async Task NewInstance_SeesTheProjectsOfThePreviousOne()
    {
        await UpAsync();

        _harness.Runtime = _harness.NewRuntime();

        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal((ProjectStates.Done, "web"), (description!.State, Assert.Single(description.Services).Name));
    }

    private async Task<int> UpAsync()
    {
        _harness.WriteMetadata($"loop-{_marker}.sh", "#!/bin/sh\nwhile :; do sleep 1; done\n");
        _harness.WriteMetadata("Makejail", $"COPY loop-{_marker}.sh /\nRUN chmod +x loop-{_marker}.sh\nSTAGE start\nCMD echo $$ > pid; exec ./loop-{_marker}.sh\n");
        var result = await _harness.UpAsync("services:\n  web: {}\n");
        Assert.True(result.Succeeded, result.StdErr);
        return await _harness.ReadNumberAsync("web");
    }
}
