using Overlord.Core.Config;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>Tool answers are reused for CacheDuration, and callers asking at the same time share one run.</summary>
public sealed class AppJailInspectorCacheTests
{
    private static readonly PollingKeywords StatusOnly = AppJailInspectorHarness.NarrowWith("jail", "status");

    [Fact]
    public async Task GetInfo_AgainWithinTheWindow_RunsNoTool()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        var clock = new ManualTimeProvider();
        using var inspector = AppJailInspectorHarness.Create(tools, clock, StatusOnly);
        var first = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);
        var callsAfterFirst = tools.Calls().Count;
        clock.Advance(TimeSpan.FromSeconds(2));

        var second = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
        Assert.Equal(1, callsAfterFirst);
        Assert.Equal(callsAfterFirst, tools.Calls().Count);
    }

    [Fact]
    public async Task GetInfo_AfterTheWindow_AsksAppJailAgain()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        var clock = new ManualTimeProvider();
        using var inspector = AppJailInspectorHarness.Create(tools, clock, StatusOnly);
        await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);
        tools.SetRunning("web", running: false);
        clock.Advance(TimeSpan.FromSeconds(3));

        var info = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal("DOWN", info!["status"]);
        Assert.Equal(2, AppJailInspectorHarness.CallsOf(tools, "appjail jail get").Count);
    }

    [Fact]
    public async Task GetStats_ManyCallersAtOnce_ShareOneStatusAndOneRctlRun()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        using var inspector = AppJailInspectorHarness.Create(tools);

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => inspector.GetStatsAsync("web", TestContext.Current.CancellationToken)));

        Assert.All(all, stats => Assert.Equal(25, stats!.Count));
        Assert.Equal(["appjail status -q web", "rctl -u jail:web"], tools.CommandLines());
    }

    [Fact]
    public async Task GetCpuset_AfterGetStats_ReusesTheStatusAnswer()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(new FakeJail("web") { Running = true });
        using var inspector = AppJailInspectorHarness.Create(tools);
        await inspector.GetStatsAsync("web", TestContext.Current.CancellationToken);

        await inspector.GetCpusetAsync("web", TestContext.Current.CancellationToken);

        Assert.Single(AppJailInspectorHarness.CallsOf(tools, "appjail status"));
    }
}
