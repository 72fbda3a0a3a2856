using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>What the fake appjail (jail get, cpuset) and rctl print, as the real tools do.</summary>
public sealed class FakeToolsForInspectorTests
{
    [Fact]
    public async Task JailGet_OneKeywordWithI_PrintsTheValueAlone()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Version = "14.3-RELEASE" });

        var get = await FakeToolsShell.RunAsync(tools, "appjail", "jail", "get", "-I", "--", "web", "version");

        Assert.Equal((0, "14.3-RELEASE\n"), (get.ExitCode, get.StdOut));
    }

    [Fact]
    public async Task JailGet_SeveralKeywords_PrintsOneLineWithEmptyValuesAsDashes()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Networks = new Dictionary<string, string> { ["ajnet"] = "10.0.0.3" } });

        var get = await FakeToolsShell.RunAsync(tools, "appjail", "jail", "get", "--", "web", "status", "name", "container", "network_ip4");

        Assert.Equal("DOWN web - 10.0.0.3\n", get.StdOut);
    }

    [Fact]
    public async Task JailGet_MissingJail_FailsWithAppJailsMessage()
    {
        using var tools = FakeToolbox.Create();

        var get = await FakeToolsShell.RunAsync(tools, "appjail", "jail", "get", "-I", "--", "ghost", "name");

        Assert.Equal((66, "", "[00:00:00] [ error ] Cannot find the jail `ghost`\n"), (get.ExitCode, get.StdOut, get.StdErr));
    }

    [Fact]
    public async Task JailGet_JailMadeByDirector_HasAppJailsConfig()
    {
        using var tools = FakeToolbox.Create();
        var file = Path.Combine(tools.Root, "web.yml");
        await File.WriteAllTextAsync(file, AppJailTestRuntime.OneService, TestContext.Current.CancellationToken);
        await FakeToolsShell.RunAsync(tools, "appjail-director", "up", "-j", "-f", file, "-p", "web");

        var get = await FakeToolsShell.RunAsync(tools, "appjail", "jail", "get", "-I", "--", "solo-jail", "status", "type", "version");

        Assert.Equal("UP thin 14.2-RELEASE\n", get.StdOut);
    }

    [Fact]
    public async Task Cpuset_RunningJail_PrintsItsCpuList()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });

        var cpuset = await FakeToolsShell.RunAsync(tools, "appjail", "cpuset", "web");

        Assert.Equal((0, "0, 1\n"), (cpuset.ExitCode, cpuset.StdOut));
    }

    [Fact]
    public async Task Rctl_RunningJail_PrintsResourceEqualsAmountLines()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        tools.SetRctlUsage("web", new Dictionary<string, long> { ["memoryuse"] = 123 });

        var rctl = await FakeToolsShell.RunAsync(tools, "rctl", "-u", "jail:web");

        var lines = rctl.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(25, lines.Length);
        Assert.Equal(["cputime=0", "datasize=12288", "stacksize=0", "coredumpsize=0", "memoryuse=123"], lines[..5]);
    }

    [Fact]
    public async Task Rctl_StoppedJail_FailsAsTheKernelDoesNotKnowIt()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web"));

        var rctl = await FakeToolsShell.RunAsync(tools, "rctl", "-u", "jail:web");

        Assert.Equal((1, "rctl: failed to show resource consumption for 'jail:web': No such process\n"), (rctl.ExitCode, rctl.StdErr));
    }
}
