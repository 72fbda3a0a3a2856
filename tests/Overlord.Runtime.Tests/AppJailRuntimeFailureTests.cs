using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

public sealed class AppJailRuntimeFailureTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Up_DirectorPrintsNoJson_FailsWithAClearMessage()
    {
        using var tools = FakeToolbox.Create();
        var director = WriteScript(tools, "crashing-director", "echo 'Traceback (most recent call last):' >&2\necho 'KeyError: services' >&2\nexit 1");
        var runtime = Runtime(tools, AppJailTestRuntime.Options(tools) with { DirectorExecutable = director });

        var result = await runtime.UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);

        Assert.False(result.Succeeded);
        Assert.Equal("appjail-director up printed no JSON result (exit code 1): KeyError: services", result.Message);
    }

    [Fact]
    public async Task Up_DirectorOverItsTimeLimit_FailsAndSaysItWasKilled()
    {
        using var tools = FakeToolbox.Create();
        var director = WriteScript(tools, "hanging-director", "exec sleep 30");
        var options = AppJailTestRuntime.Options(tools) with { DirectorExecutable = director, ToolTimeout = TimeSpan.FromMilliseconds(300) };

        var result = await Runtime(tools, options).UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);

        Assert.False(result.Succeeded);
        Assert.Contains("killed after", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_DirectorNotInstalled_FailsWithExitCode127()
    {
        using var tools = FakeToolbox.Create();
        var options = AppJailTestRuntime.Options(tools) with { DirectorExecutable = Path.Combine(tools.Root, "no-such-director") };

        var result = await Runtime(tools, options).UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);

        Assert.Equal(127, result.ExitCode);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Tools_ByBareName_AreFoundOnTheConfiguredPath()
    {
        using var tools = FakeToolbox.Create();
        var options = AppJailTestRuntime.Options(tools) with { DirectorExecutable = "appjail-director", AppJailExecutable = "appjail" };

        var result = await Runtime(tools, options).UpAsync(AppJailTestRuntime.Up("web-app", AppJailTestRuntime.OneService), Cancellation);

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(tools.Calls());
    }

    private static AppJailRuntime Runtime(FakeToolbox tools, AppJailRuntimeOptions options) =>
        new(options, TestLog.For<AppJailRuntime>());

    private static string WriteScript(FakeToolbox tools, string name, string body)
    {
        var path = Path.Combine(tools.Root, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
