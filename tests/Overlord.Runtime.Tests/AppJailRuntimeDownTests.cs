using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeDownTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_RunsDirectorDestroyIgnoringFailures()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        File.Delete(tools.CallLogFile);

        var result = await runtime.DownAsync(AppJailTestRuntime.Down("web-app"), Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(
            ["appjail-director describe -p web-app", "appjail-director down -j -d --ignore-failed -p web-app"],
            tools.CommandLines());
    }

    [Fact]
    public async Task Down_DestroysTheProjectItsJailsAndItsFolder()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        await runtime.DownAsync(AppJailTestRuntime.Down("web-app"), Cancellation);

        Assert.False(await runtime.ExistsAsync("web-app", Cancellation));
        Assert.Empty(await runtime.ListJailsAsync(Cancellation));
        Assert.False(Directory.Exists(Path.Combine(tools.Root, "runtime-data", "projects", "web-app")));
    }

    [Fact]
    public async Task Down_MissingProject_ReportsDirectorsNotFound()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        var result = await runtime.DownAsync(AppJailTestRuntime.Down("ghost"), Cancellation);

        Assert.Equal((66, 66, "ghost: Project not found."), (result.ExitCode, result.ErrLevel, result.Message));
    }

    [Fact]
    public async Task Stop_RunsDirectorDownWithoutDestroy()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        File.Delete(tools.CallLogFile);

        var result = await runtime.StopAsync("web-app", new Dictionary<string, string>(), Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["appjail-director describe -p web-app", "appjail-director down -j -p web-app"], tools.CommandLines());
    }

    [Fact]
    public async Task Stop_LeavesTheJailsStopped()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        await runtime.StopAsync("web-app", new Dictionary<string, string>(), Cancellation);

        Assert.Equal(1, await runtime.JailStatusAsync("web-jail", Cancellation));
        Assert.True(await runtime.ExistsAsync("web-app", Cancellation));
    }

    [Fact]
    public async Task Cancel_RunsDirectorCancel()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        File.Delete(tools.CallLogFile);

        var result = await runtime.CancelAsync("web-app", Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(["appjail-director cancel -p web-app"], tools.CommandLines());
    }

    [Fact]
    public async Task Cancel_RunningUp_EndsItAsFailedThoughDirectorExits0()
    {
        using var tools = FakeToolbox.Create();
        tools.DelayUps(TimeSpan.FromSeconds(30));
        var runtime = AppJailTestRuntime.Create(tools);
        var up = runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        await Eventually.HoldsAsync(async () => (await runtime.DescribeAsync("web-app", Cancellation))?.Locked == true, "the project to be locked");

        await runtime.CancelAsync("web-app", Cancellation);

        var result = await up;
        Assert.Equal(0, result.ErrLevel);
        Assert.Equal(ProjectStates.Failed, (await runtime.DescribeAsync("web-app", Cancellation))?.State);
    }
}
