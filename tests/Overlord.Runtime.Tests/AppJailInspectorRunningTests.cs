using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>jail/stats and jail/cpuset: rctl and appjail cpuset, only for running jails.</summary>
public sealed class AppJailInspectorRunningTests
{
    [Fact]
    public async Task GetStats_RunningJail_ReadsRctlFilteredToTheStatsKeywords()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        tools.SetRctlUsage("web", new Dictionary<string, long> { ["memoryuse"] = 2048, ["pcpu"] = 7 });
        using var inspector = AppJailInspectorHarness.Create(tools, keywords: AppJailInspectorHarness.NarrowWith("stats", "memoryuse", "pcpu", "maxproc"));

        var stats = await inspector.GetStatsAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(new Dictionary<string, long> { ["memoryuse"] = 2048, ["maxproc"] = 4, ["pcpu"] = 7 }, stats);
        Assert.Equal(["rctl -u jail:web"], AppJailInspectorHarness.CallsOf(tools, "rctl"));
    }

    [Fact]
    public async Task GetStats_DefaultKeywords_KeepEveryRctlResource()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        using var inspector = AppJailInspectorHarness.Create(tools);

        var stats = await inspector.GetStatsAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(Core.Config.PollingKeywords.Narrow.Stats.Order(StringComparer.Ordinal), stats!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetStats_StoppedJail_IsEmptyAndRctlDoesNotRun()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = false });
        using var inspector = AppJailInspectorHarness.Create(tools);

        var stats = await inspector.GetStatsAsync("web", TestContext.Current.CancellationToken);

        Assert.Empty(stats!);
        Assert.Equal(["appjail status -q web"], tools.CommandLines());
    }

    [Fact]
    public async Task GetStats_MissingJail_IsNull()
    {
        using var tools = FakeToolbox.Create();
        using var inspector = AppJailInspectorHarness.Create(tools);

        var stats = await inspector.GetStatsAsync("ghost", TestContext.Current.CancellationToken);

        Assert.Null(stats);
    }

    [Fact]
    public async Task GetCpuset_RunningJail_IsAppJailsCpuList()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        tools.SetCpuset("web", "0, 2");
        using var inspector = AppJailInspectorHarness.Create(tools);

        var cpuset = await inspector.GetCpusetAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal("0, 2", cpuset);
    }

    [Fact]
    public async Task GetCpuset_StoppedJail_IsNullAndCpusetDoesNotRun()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = false });
        using var inspector = AppJailInspectorHarness.Create(tools);

        var cpuset = await inspector.GetCpusetAsync("web", TestContext.Current.CancellationToken);

        Assert.Null(cpuset);
        Assert.Empty(AppJailInspectorHarness.CallsOf(tools, "appjail cpuset"));
    }
}
