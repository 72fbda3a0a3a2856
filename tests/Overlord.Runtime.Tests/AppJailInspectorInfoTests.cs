using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>jail/info: one <c>appjail jail get -I -- JAIL KEYWORD</c> per configured keyword (reference section 12).</summary>
public sealed class AppJailInspectorInfoTests
{
    private static readonly FakeJail Web = new("web")
    {
        Networks = new Dictionary<string, string> { ["ajnet"] = "10.0.0.3" },
        Ports = [new FakePort(80, 80), new FakePort(8443, 443)],
        Running = true,
    };

    [Fact]
    public async Task GetInfo_DefaultKeywords_ReadsTheOriginalsNarrowList()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(Web);
        using var inspector = AppJailInspectorHarness.Create(tools);

        var info = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["name"] = "web",
                ["network_ip4"] = "10.0.0.3",
                ["ports"] = "80/tcp,8443 -> 443/tcp",
                ["status"] = "UP",
                ["type"] = "thin",
                ["version"] = "14.2-RELEASE",
            },
            info);
    }

    [Fact]
    public async Task GetInfo_ConfiguredKeywords_AsksAppJailForEachOfThemOnly()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(Web);
        using var inspector = AppJailInspectorHarness.Create(tools, keywords: AppJailInspectorHarness.NarrowWith("jail", "name", "locked", "dirty"));

        var info = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(new Dictionary<string, string?> { ["name"] = "web", ["locked"] = "0", ["dirty"] = "0" }, info);
        Assert.Equal(
            ["appjail jail get -I -- web dirty", "appjail jail get -I -- web locked", "appjail jail get -I -- web name"],
            AppJailInspectorHarness.CallsOf(tools, "appjail jail get").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetInfo_KeywordWithoutValue_IsAnEmptyString()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(Web);
        using var inspector = AppJailInspectorHarness.Create(tools, keywords: AppJailInspectorHarness.NarrowWith("jail", "container"));

        var info = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Equal(new Dictionary<string, string?> { ["container"] = "" }, info);
    }

    [Fact]
    public async Task GetInfo_MissingJail_IsNull()
    {
        using var tools = FakeToolbox.Create();
        using var inspector = AppJailInspectorHarness.Create(tools);

        var info = await inspector.GetInfoAsync("ghost", TestContext.Current.CancellationToken);

        Assert.Null(info);
    }

    [Fact]
    public async Task GetInfo_OneKeywordCallFails_IsNull()
    {
        using var tools = FakeToolbox.Create();
        tools.AddJail(Web);
        var failingVersion = Path.Combine(tools.Root, "appjail-failing-version");
        await File.WriteAllTextAsync(
            failingVersion,
            $"#!/bin/sh\nif [ \"$6\" = version ]; then echo 'broken' >&2; exit 70; fi\nexec '{tools.AppJailPath}' \"$@\"\n",
            TestContext.Current.CancellationToken);
        File.SetUnixFileMode(failingVersion, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var inspector = AppJailInspectorHarness.Create(AppJailInspectorHarness.Options(tools) with { AppJailExecutable = failingVersion });

        var info = await inspector.GetInfoAsync("web", TestContext.Current.CancellationToken);

        Assert.Null(info);
    }

    [Theory]
    [InlineData("../web")]
    [InlineData("-web")]
    [InlineData("")]
    public async Task GetInfo_InvalidJailName_IsNullWithoutRunningAppJail(string jail)
    {
        using var tools = FakeToolbox.Create();
        using var inspector = AppJailInspectorHarness.Create(tools);

        var info = await inspector.GetInfoAsync(jail, TestContext.Current.CancellationToken);

        Assert.Null(info);
        Assert.Empty(tools.Calls());
    }
}
