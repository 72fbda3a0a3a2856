using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeUpTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_NewProject_RunsDirectorUpWithJsonFileAndProject()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        var file = Path.Combine(tools.Root, "runtime-data", "projects", "web-app", "appjail-director.yml");
        Assert.Equal([$"appjail-director up -j -f {file} -p web-app"], tools.CommandLines());
    }

    [Fact]
    public async Task Up_WritesDirectorFileByteForByteInAStableProjectFolder()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        var call = Assert.Single(tools.Calls());
        Assert.Equal(AppJailTestRuntime.TwoServices, await File.ReadAllTextAsync(call.Arguments[3], Cancellation));
        Assert.Equal(Path.GetDirectoryName(call.Arguments[3]), call.WorkingDirectory);
    }

    [Fact]
    public async Task Up_PassesTheRequestEnvironmentToDirector()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        var environment = new Dictionary<string, string> { ["OVERLORD_METADATA"] = "/var/overlord/metadata" };

        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices, environment: environment), Cancellation);

        Assert.Equal("/var/overlord/metadata", Assert.Single(tools.Calls()).Environment["OVERLORD_METADATA"]);
    }

    [Fact]
    public async Task Up_AllServicesStart_Succeeds()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal((0, 0, null), (result.ExitCode, result.ErrLevel, result.Message));
        Assert.Empty(result.Failed);
    }

    [Fact]
    public async Task Up_DirectorFileDirectorRefuses_IsRefusedBeforeDirectorRuns()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("web-app", "services:\n  web:\n    name: web.1\n"), Cancellation);

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("line 3, column 11: services/web/name: jail name is incorrect", result.Message, StringComparison.Ordinal);
        Assert.Empty(tools.Calls());
    }

    [Fact]
    public async Task Up_ServiceFailsToStart_ReportsTheFailedStep()
    {
        using var tools = FakeToolbox.Create();
        tools.FailSteps("start:web");
        var runtime = AppJailTestRuntime.Create(tools);

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);

        Assert.False(result.Succeeded);
        Assert.Equal((1, 1), (result.ExitCode, result.ErrLevel));
        Assert.Equal([new FailedStep("start", "web")], result.Failed);
    }

    [Fact]
    public async Task Up_RestartOfExistingProject_StopsItFirst()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);
        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices), Cancellation);
        File.Delete(tools.CallLogFile);

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices, restart: true), Cancellation);

        var file = Path.Combine(tools.Root, "runtime-data", "projects", "web-app", "appjail-director.yml");
        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(
            [
                "appjail-director check -p web-app",
                "appjail-director describe -p web-app",
                "appjail-director down -j -p web-app",
                $"appjail-director up -j -f {file} -p web-app",
            ],
            tools.CommandLines());
    }

    [Fact]
    public async Task Up_RestartOfMissingProject_OnlyChecksThenUps()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.TwoServices, restart: true), Cancellation);

        Assert.Equal(["check", "up"], tools.Calls().Select(call => call.Arguments[0]));
    }

    [Fact]
    public async Task Up_InvalidProjectName_FailsWithoutRunningDirector()
    {
        using var tools = FakeToolbox.Create();
        var runtime = AppJailTestRuntime.Create(tools);

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("..", AppJailTestRuntime.TwoServices), Cancellation);

        Assert.Equal(65, result.ExitCode);
        Assert.Empty(tools.Calls());
    }
}
