using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>
/// The fake appjail is as strict as the real one on a stopped jail (issue 15.6): `cmd jexec` only warns and exits 0
/// without running anything, and `sysrc jail` fails in jexec(8) and leaves rc.conf alone.
/// </summary>
public sealed class FakeToolsAppJailAsTheRealOneTests
{
    [Fact]
    public async Task CmdJexec_StoppedJail_WarnsExitsZeroAndRunsNothing()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools);
        await FakeToolsShell.RunAsync(tools, "appjail", "stop", "web-jail");
        var marker = Path.Combine(tools.Root, "ran");

        var jexec = await FakeToolsShell.RunAsync(tools, "appjail", "cmd", "jexec", "web-jail", "touch", marker);

        Assert.Equal(0, jexec.ExitCode);
        Assert.Contains("] web-jail is not running.\n", jexec.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(marker));
    }

    [Fact]
    public async Task CmdJexec_RunningJail_RunsTheCommand()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools);
        var marker = Path.Combine(tools.Root, "ran");

        var jexec = await FakeToolsShell.RunAsync(tools, "appjail", "cmd", "jexec", "web-jail", "touch", marker);

        Assert.Equal(0, jexec.ExitCode);
        Assert.True(File.Exists(marker));
    }

    [Fact]
    public async Task SysrcJail_StoppedJail_FailsInJexecAndChangesNothing()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools);
        await FakeToolsShell.RunAsync(tools, "appjail", "stop", "web-jail");

        var sysrc = await FakeToolsShell.RunAsync(tools, "appjail", "sysrc", "jail", "web-jail", "cloudinit_enable=YES");

        Assert.Equal((1, "jexec: jail \"web-jail\" not found\n"), (sysrc.ExitCode, sysrc.StdErr));
        Assert.False(File.Exists(Path.Combine(tools.JailsDirectory, "web-jail", "jail", "etc", "rc.conf")));
    }

    [Fact]
    public async Task SysrcJail_RunningJail_ChangesRcConf()
    {
        using var tools = FakeToolbox.Create();
        await UpAsync(tools);

        var sysrc = await FakeToolsShell.RunAsync(tools, "appjail", "sysrc", "jail", "web-jail", "cloudinit_enable=YES");

        Assert.Equal((0, "cloudinit_enable:  -> YES\n"), (sysrc.ExitCode, sysrc.StdOut));
    }

    private static async Task UpAsync(FakeToolbox tools)
    {
        var file = Path.Combine(tools.Root, "web.yml");
        await File.WriteAllTextAsync(file, "services:\n  web:\n    name: web-jail\n", TestContext.Current.CancellationToken);
        var up = await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", "web-app");
        Assert.Equal(0, up.ExitCode);
    }
}
