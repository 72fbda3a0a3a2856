using System.Text.Json.Nodes;
using Overlord.Platform.Processes;
using Overlord.Runtime.ProcessDriver;
using Overlord.Runtime.Tests.TestSupport;
using Overlord.Testing;

namespace Overlord.Runtime.Tests;

/// <summary>
/// A restarted node signals a recorded process group only while its leader is still the process it started:
/// after a reboot (or in a pid namespace) the id can belong to an unrelated process, which must survive.
/// </summary>
public sealed class ProcessRuntimeLeftoverIdentityTests : IAsyncLifetime
{
    private readonly ProcessRuntimeHarness _harness = new();
    private readonly TempDirectory _strangerFolder = new();
    private ProcessGroup? _stranger;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_stranger is not null)
        {
            await _stranger.TerminateAsync(TimeSpan.FromSeconds(3));
            _stranger.Dispose();
        }

        await _harness.DisposeAsync();
        _strangerFolder.Dispose();
    }

    [Fact]
    public async Task Recover_DoesNotSignalAGroupWhoseIdNowBelongsToAnotherProcess()
    {
        var (stranger, servicePid) = await CrashWithAStrangerAsync();
        _harness.EditState(state => Web(state)["ProcessGroups"] = new JsonArray(
            new JsonObject { ["Id"] = stranger, ["Identity"] = "another-boot/12345", ["StartCommand"] = 0 }));

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        Assert.NotEqual(servicePid, await _harness.ReadNumberAsync("web", notEqualTo: servicePid));
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0), "the service was not started again");
        Assert.True(await ProcessTable.IsAliveAsync(stranger), "an unrelated process with the recorded group id was killed");
        Assert.False(_stranger!.HasExited);
    }

    [Fact]
    public async Task Recover_OfAStateFileWithoutIdentities_ReadsIt_AndSignalsNothing()
    {
        var (stranger, _) = await CrashWithAStrangerAsync();
        _harness.EditState(state => Web(state)["ProcessGroups"] = new JsonArray(stranger)); // as nodes wrote it before identities

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);

        var description = await _harness.Runtime.DescribeAsync(ProcessRuntimeHarness.Project, ProcessRuntimeHarness.Token);
        Assert.Equal(ProjectStates.Done, description!.State);
        Assert.True(await Eventually.HeldAsync(async () => await _harness.StatusAsync("web") == 0), "the service was not started again");
        Assert.True(await ProcessTable.IsAliveAsync(stranger), "a group that could not be confirmed was signalled");
    }

    [Fact]
    public async Task Recover_OfAStateFileWithoutIdentities_DoesNotStopItsProjectMidDown()
    {
        var (stranger, _) = await CrashWithAStrangerAsync();
        _harness.EditState(state =>
        {
            state["State"] = ProjectStates.Destroying;
            Web(state)["ProcessGroups"] = new JsonArray(stranger);
        });

        _harness.Runtime = _harness.NewRuntime();
        await _harness.Runtime.RecoverAsync(ProcessRuntimeHarness.Token);
        var result = await _harness.Runtime.DownAsync(new DownRequest(ProcessRuntimeHarness.Project, new Dictionary<string, string>(), false), ProcessRuntimeHarness.Token);

        Assert.True(result.Succeeded, result.StdErr);
        Assert.True(await ProcessTable.IsAliveAsync(stranger), "a group that could not be confirmed was signalled by the down");
    }

    private static JsonObject Web(JsonObject state) =>
        state["Services"]!.AsArray().Single(service => (string?)service!["Name"] == "web")!.AsObject();

    /// <summary>
    /// Ups a service, plays a node crash, ends the service as a reboot would, and starts an unrelated
    /// process that leads its own group: the stranger whose id the tests record for the service.
    /// </summary>
    private async Task<(int Stranger, int ServicePid)> CrashWithAStrangerAsync()
    {
        _harness.WriteMetadata("Makejail", "STAGE start\nCMD echo $$ > pid; exec sleep 600\n");
        var up = await _harness.UpAsync("services:\n  web: {}\n");
        Assert.True(up.Succeeded, up.StdErr);
        var servicePid = await _harness.ReadNumberAsync("web");
        await _harness.Runtime.AbandonForCrashSimulationAsync();
        ProcessGroups.Signal(servicePid, ProcessGroups.ForceKill);
        Assert.True(await Eventually.HeldAsync(async () => !await ProcessTable.IsAliveAsync(servicePid)));

        var environment = new Dictionary<string, string> { ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin" };
        var launched = await ProcessGroupLauncher.StartAsync(
            "exec sleep 600", _strangerFolder.Path, environment, _strangerFolder.Combine("stranger.log"), ProcessRuntimeHarness.Token);
        _stranger = launched.IsSuccess ? launched.Value : throw new InvalidOperationException(launched.Error.Message);
        Assert.True(ProcessGroups.HasLiveMembers(_stranger.Id), "the stranger should lead its own group");
        return (_stranger.Id, servicePid);
    }
}
