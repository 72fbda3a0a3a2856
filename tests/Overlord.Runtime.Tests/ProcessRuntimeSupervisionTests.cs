using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

public sealed class ProcessRuntimeSupervisionTests : IAsyncLifetime
{
    private const string SleeperMakejail = "STAGE start\nCMD echo $$ > pid; exec sleep 300\n";

    // Long enough to see the service stopped before the supervisor restarts it.
    private readonly ProcessRuntimeHarness _harness = new(restartDelay: TimeSpan.FromSeconds(2));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Status_OfAnUnknownJail_Is66()
    {
        Assert.Equal(66, await _harness.Runtime.JailStatusAsync("nosuchjail", ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task Status_OfARunningService_Is0()
    {
        _harness.WriteMetadata("Makejail", SleeperMakejail);
        await _harness.UpAsync("services:\n  web: {}\n");

        var jail = (await _harness.ServiceAsync("web")).Jail;

        Assert.Equal(0, await _harness.Runtime.JailStatusAsync(jail, ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task KilledProcess_Shows1ThenIsRestartedBySupervisor()
    {
        _harness.WriteMetadata("Makejail", SleeperMakejail);
        await _harness.UpAsync("services:\n  web: {}\n");
        var pid = await _harness.ReadNumberAsync("web");

        await ProcessTable.KillAsync(pid);

        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 1), "status never became 1");
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0), "status never came back to 0");
        Assert.NotEqual(pid, await _harness.ReadNumberAsync("web", notEqualTo: pid));
    }

    [Fact]
    public async Task ProcessThatKeepsDying_IsRestartedAgain()
    {
        await using var fast = new ProcessRuntimeHarness(restartDelay: TimeSpan.FromMilliseconds(50));
        fast.WriteMetadata("Makejail", "STAGE start\nCMD echo x >> starts; exit 1\n");

        await fast.UpAsync("services:\n  web: {}\n");

        var starts = Path.Combine(await fast.RootAsync("web"), "starts");
        Assert.True(await Eventually.HeldAsync(() => File.Exists(starts) && File.ReadAllLines(starts).Length >= 3));
    }

    [Fact]
    public async Task Stop_StopsTheProcessesAndKeepsTheProject()
    {
        _harness.WriteMetadata("Makejail", SleeperMakejail);
        await _harness.UpAsync("services:\n  web: {}\n");
        var pid = await _harness.ReadNumberAsync("web");

        var result = await _harness.Runtime.StopAsync(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), ProcessRuntimeHarness.Token);

        Assert.True(result.Succeeded, result.StdErr);
        Assert.False(await ProcessTable.IsAliveAsync(pid));
        Assert.Equal(1, await _harness.StatusAsync("web"));
    }

    [Fact]
    public async Task Up_AfterStop_StartsWithoutRebuilding()
    {
        _harness.WriteMetadata("Makejail", "RUN echo built >> builds\n" + SleeperMakejail);
        await _harness.UpAsync("services:\n  web: {}\n");
        await _harness.Runtime.StopAsync(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), ProcessRuntimeHarness.Token);

        await _harness.UpAsync("services:\n  web: {}\n");

        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0));
        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(await _harness.RootAsync("web"), "builds"), ProcessRuntimeHarness.Token));
    }

    [Fact]
    public async Task ServiceWithSeveralStartProcesses_Is1WhenOneOfThemDies()
    {
        _harness.WriteMetadata("Makejail", "STAGE start\nCMD echo $$ > pid; exec sleep 300\nCMD exec sleep 301\n");
        await _harness.UpAsync("services:\n  web: {}\n");
        var pid = await _harness.ReadNumberAsync("web");

        await ProcessTable.KillAsync(pid);

        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 1));
    }
}
