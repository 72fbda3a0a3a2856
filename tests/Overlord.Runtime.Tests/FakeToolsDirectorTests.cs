using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>The fake appjail-director: its state transitions and the exact text the real one prints.</summary>
public sealed class FakeToolsDirectorTests
{
    private const string DirectorFile = """
        services:
          web:
            name: web-jail
          db:
            priority: 10
        """;

    [Fact]
    public async Task Up_PrintsDirectorsJsonReportAndExitsZero()
    {
        using var tools = FakeToolbox.Create();

        var up = await UpAsync(tools, "web-app");

        Assert.Equal("{\n  \"errlevel\": 0,\n  \"message\": null,\n  \"failed\": []\n}\n", up.StdOut);
        Assert.Equal(0, up.ExitCode);
    }

    [Fact]
    public async Task Up_CreatesTheProjectWithJailsRunningAndStateDone()
    {
        using var tools = FakeToolbox.Create();

        await UpAsync(tools, "web-app");

        var describe = await FakeToolsShell.RunAsync(tools, "appjail-director", "describe", "-p", "web-app");
        Assert.Contains("\"state\": \"DONE\"", describe.StdOut, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"web\",\n      \"status\": 0,\n      \"jail\": \"web-jail\"", describe.StdOut, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(tools.JailsDirectory, "web-jail", "jail")));
        Assert.Equal(2, Directory.GetDirectories(tools.JailsDirectory).Length);
    }

    [Fact]
    public async Task Up_ServiceWithoutName_GetsARandomTenHexDigitJail()
    {
        using var tools = FakeToolbox.Create();

        await UpAsync(tools, "web-app");

        var jails = Directory.GetDirectories(tools.JailsDirectory).Select(Path.GetFileName);
        Assert.Contains(jails, jail => jail is { Length: 10 } name && name.All(char.IsAsciiHexDigitLower) && name != "web-jail");
    }

    [Fact]
    public async Task Up_FailingStart_ReportsItAndLeavesTheProjectFailed()
    {
        using var tools = FakeToolbox.Create();
        tools.FailSteps("start:web");

        var up = await UpAsync(tools, "web-app");

        Assert.Equal(1, up.ExitCode);
        Assert.Contains("\"failed\": [\n    {\n      \"type\": \"start\",\n      \"service\": \"web\"\n    }\n  ]", up.StdOut, StringComparison.Ordinal);
        var describe = await FakeToolsShell.RunAsync(tools, "appjail-director", "describe", "-p", "web-app");
        Assert.Contains("\"state\": \"FAILED\"", describe.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_MissingFile_ReportsNoInput()
    {
        using var tools = FakeToolbox.Create();

        var up = await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", "/no/such/file.yml", "-p", "web-app");

        Assert.Equal(66, up.ExitCode);
        Assert.Contains("\"message\": \"/no/such/file.yml: Director file cannot be found.\"", up.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ls_PrintsTheHeaderAndOneLinePerProjectWithItsStateSymbol()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools, "web-app");
        tools.FailSteps("makejail:web");
        await UpAsync(tools, "broken", "services:\n  web:\n    name: other-jail\n");

        var ls = await FakeToolsShell.RunAsync(tools, "appjail-director", "ls");

        Assert.Equal("Projects:\n - broken\n + web-app\n", ls.StdOut);
    }

    [Fact]
    public async Task Ls_NoProjects_SaysSo()
    {
        using var tools = FakeToolbox.Create();

        var ls = await FakeToolsShell.RunAsync(tools, "appjail-director", "ls");

        Assert.Equal("No project has been created.\n", ls.StdOut);
    }

    [Fact]
    public async Task Down_WithoutDestroy_StopsTheJailsAndKeepsTheProject()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools, "web-app");

        await FakeToolsShell.RunAsync(tools, "appjail-director", "down", "-j", "-p", "web-app");

        Assert.Equal(1, (await FakeToolsShell.RunAsync(tools, "appjail", "status", "-q", "web-jail")).ExitCode);
        Assert.Equal(0, (await FakeToolsShell.RunAsync(tools, "appjail-director", "check", "-p", "web-app")).ExitCode);
    }

    [Fact]
    public async Task Down_WithDestroy_RemovesTheProjectAndItsJails()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools, "web-app");

        await FakeToolsShell.RunAsync(tools, "appjail-director", "down", "-j", "-d", "--ignore-failed", "-p", "web-app");

        Assert.Equal(66, (await FakeToolsShell.RunAsync(tools, "appjail-director", "check", "-p", "web-app")).ExitCode);
        Assert.Empty(Directory.GetDirectories(tools.JailsDirectory));
    }

    [Fact]
    public async Task Describe_MissingProject_SaysNotFoundAndExits66()
    {
        using var tools = FakeToolbox.Create();

        var describe = await FakeToolsShell.RunAsync(tools, "appjail-director", "describe", "-p", "ghost");

        Assert.Equal((66, "", "ghost: Project not found.\n"), (describe.ExitCode, describe.StdOut, describe.StdErr));
    }

    [Fact]
    public async Task Up_ChangedService_RecreatesItsJail()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools, "web-app", "services:\n  web:\n    name: first-jail\n");

        await UpAsync(tools, "web-app", "services:\n  web:\n    name: second-jail\n");

        Assert.Equal(["second-jail"], Directory.GetDirectories(tools.JailsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Up_EnvTaggedJailName_IsExpandedFromTheEnvironment()
    {
        using var tools = FakeToolbox.Create();

        await UpAsync(tools, "web-app", "services:\n  web:\n    name: !ENV '${MISSING_VARIABLE:from-default}'\n");

        Assert.Equal(["from-default"], Directory.GetDirectories(tools.JailsDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Calls_AreRecordedWithArgumentsAndOverlordVariables()
    {
        using var tools = FakeToolbox.Create();

        await FakeToolsShell.RunAsync(tools, "appjail-director", "check", "-p", "web app");

        var call = Assert.Single(tools.Calls());
        Assert.Equal("appjail-director", call.Tool);
        Assert.Equal(["check", "-p", "web app"], call.Arguments);
        Assert.DoesNotContain(call.Environment.Keys, name => name.StartsWith("OVERLORD_FAKE_", StringComparison.Ordinal));
    }

    private static async Task<Platform.Processes.ToolResult> UpAsync(FakeToolbox tools, string project, string directorFile = DirectorFile)
    {
        var file = Path.Combine(tools.Root, $"{project}-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(file, directorFile, TestContext.Current.CancellationToken);
        return await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", project);
    }
}
