using System.Text.RegularExpressions;
using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeQueryTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Exists_RunsDirectorCheckAndReadsItsExitCode()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);
        File.Delete(tools.CallLogFile);

        var exists = await runtime.ExistsAsync("web-app", Cancellation);
        var ghost = await runtime.ExistsAsync("ghost", Cancellation);

        Assert.Equal((true, false), (exists, ghost));
        Assert.Equal(["appjail-director check -p web-app", "appjail-director check -p ghost"], tools.CommandLines());
    }

    [Fact]
    public async Task ListProjects_RunsDirectorLsAndReadsTheNames()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        await runtime.UpAsync(AppJailTestRuntime.Up("api.v2", AppJailTestRuntime.OneService), Cancellation);
        File.Delete(tools.CallLogFile);

        var projects = await runtime.ListProjectsAsync(Cancellation);

        Assert.Equal(["api.v2", "web-app"], projects);
        Assert.Equal(["appjail-director ls"], tools.CommandLines());
    }

    [Fact]
    public async Task ListProjects_NoProjects_IsEmpty()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        Assert.Empty(await runtime.ListProjectsAsync(Cancellation));
    }

    [Fact]
    public async Task Describe_RunsDirectorDescribeAndMapsTheProject()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        await FakeToolsShell.RunAsync(tools, "appjail", "stop", "db-jail");
        File.Delete(tools.CallLogFile);

        var description = await runtime.DescribeAsync("web-app", Cancellation);

        Assert.NotNull(description);
        Assert.Equal(("web-app", ProjectStates.Done, false), (description.Name, description.State, description.Locked));
        Assert.Equal([new ServiceDescription("web", 0, "web-jail"), new ServiceDescription("db", 1, "db-jail")], description.Services);
        Assert.Equal(["appjail-director describe -p web-app"], tools.CommandLines());
    }

    [Fact]
    public async Task Describe_CutsLastLogToTheLogFolderName()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);

        var description = await runtime.DescribeAsync("web-app", Cancellation);

        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}_\d{2}h\d{2}m\d{2}s$"), description?.LastLog);
        Assert.True(Directory.Exists(Path.Combine(runtime.ProjectLogsDirectory, description!.LastLog!, "web")));
    }

    [Fact]
    public async Task Describe_MissingProject_IsNull()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        Assert.Null(await runtime.DescribeAsync("ghost", Cancellation));
    }

    [Fact]
    public async Task ListJails_ListsTheJailsFolder()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        var jails = await runtime.ListJailsAsync(Cancellation);

        Assert.Equal(["db-jail", "web-jail"], jails);
    }

    [Fact]
    public async Task ListJails_MissingJailsFolder_IsEmpty()
    {
        using var tools = FakeToolbox.Create();
        var options = AppJailTestRuntime.Options(tools) with { JailsDirectory = Path.Combine(tools.Root, "no-such-folder") };
        var runtime = new AppJailRuntime(options, TestLog.For<AppJailRuntime>());

        Assert.Empty(await runtime.ListJailsAsync(Cancellation));
    }

    [Fact]
    public async Task JailStatus_RunsAppJailStatusQuietAndReturnsItsExitCode()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        await FakeToolsShell.RunAsync(tools, "appjail", "stop", "db-jail");
        File.Delete(tools.CallLogFile);

        var running = await runtime.JailStatusAsync("web-jail", Cancellation);
        var stopped = await runtime.JailStatusAsync("db-jail", Cancellation);
        var missing = await runtime.JailStatusAsync("ghost-jail", Cancellation);

        Assert.Equal((0, 1, 66), (running, stopped, missing));
        Assert.Equal(
            ["appjail status -q web-jail", "appjail status -q db-jail", "appjail status -q ghost-jail"],
            tools.CommandLines());
    }
}
