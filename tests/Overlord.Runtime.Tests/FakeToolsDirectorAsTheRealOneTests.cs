using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// The fake appjail-director is as strict as the real one where a tidy fake would hide bugs (issue 15.6): it
/// validates the Director file as director/parser.py does, exits with a failing tool's own code, lists a jail that
/// is gone in `failed`, and prints ProjectLocked's very text.
/// </summary>
public sealed class FakeToolsDirectorAsTheRealOneTests
{
    [Theory]
    [InlineData("services:\n  web:\n    name: web.jail\n", "services/web (name / #1): Jail name is incorrect.")]
    [InlineData("services:\n  web/app:\n    name: web\n", "services (web/app / #1): Service name is incorrect.")]
    [InlineData("services:\n  web:\n    nmae: web\n", "services/web: Unknown key \"nmae\".")]
    [InlineData("services:\n  web:\n    priority: high\n", "services/web (priority / #1): Must be an Integer.")]
    [InlineData("services:\n  web:\n", "services/web (#1): Must be a Mapping.")]
    [InlineData("service:\n  web:\n    name: web\n", "<main>: Unknown key \"service\".")]
    public async Task Up_DirectorFileTheRealParserRefuses_Exits70WithInvalidSpec(string directorFile, string error)
    {
        using var tools = FakeToolbox.Create();

        var up = await UpAsync(tools, "web-app", directorFile);

        Assert.Equal(70, up.ExitCode);
        Assert.Contains("\"errlevel\": 70", up.StdOut, StringComparison.Ordinal);
        Assert.Contains($" error: {error}\n", up.StdErr, StringComparison.Ordinal);
        Assert.Contains("type: InvalidSpec", up.StdErr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(tools.JailsDirectory));
    }

    [Fact]
    public async Task Up_FailingStep_ExitsWithThatToolsCode()
    {
        using var tools = FakeToolbox.Create();
        tools.FailSteps("makejail:web=3");

        var up = await UpAsync(tools, "web-app", "services:\n  web:\n    name: web-jail\n");

        Assert.Equal(3, up.ExitCode);
        Assert.Contains("\"errlevel\": 3", up.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownDestroy_JailThatIsGone_ListsItInFailedAndExitsWithDestroysCode()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools, "web-app", "services:\n  web:\n    name: web-jail\n");
        Directory.Delete(Path.Combine(tools.JailsDirectory, "web-jail"), recursive: true);

        var down = await FakeToolsShell.RunAsync(tools, "appjail-director", "down", "-j", "-d", "-p", "web-app");
        var ignored = await FakeToolsShell.RunAsync(tools, "appjail-director", "down", "-j", "-d", "--ignore-failed", "-p", "web-app");

        Assert.Equal(66, down.ExitCode);
        Assert.Equal(0, ignored.ExitCode);
        Assert.Contains("\"failed\": [\n    {\n      \"type\": \"destroy\",\n      \"service\": \"web\"\n    }\n  ]", ignored.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_LockedProject_PrintsProjectLockedAsTheRealOne()
    {
        using var tools = FakeToolbox.Create();
        var lockFile = Path.Combine(tools.DirectorLocksDirectory, "web-app", "lock");
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        await File.WriteAllTextAsync(lockFile, "", TestContext.Current.CancellationToken);

        var up = await UpAsync(tools, "web-app", "services:\n  web:\n    name: web-jail\n");

        Assert.Equal(70, up.ExitCode);
        Assert.Contains(
            $"error: web-app: Project locked. Run `rm -f {lockFile}` if you are sure that no other process is locking this project.",
            up.StdErr,
            StringComparison.Ordinal);
        Assert.True(File.Exists(lockFile));
    }

    private static async Task<Platform.Processes.ToolResult> UpAsync(FakeToolbox tools, string project, string directorFile)
    {
        var file = Path.Combine(tools.Root, $"{project}-{Guid.NewGuid():N}.yml");
        await File.WriteAllTextAsync(file, directorFile, TestContext.Current.CancellationToken);
        return await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", project);
    }
}
