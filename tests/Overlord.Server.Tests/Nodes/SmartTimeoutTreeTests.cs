using Overlord.Server.Chains;

namespace Overlord.Server.Tests.Nodes;

/// <summary>A child that stops: a failed node, counted, disabled after two failures, reachable again once back and past its window.</summary>
public sealed class SmartTimeoutTreeTests
{
    [Fact]
    public async Task Stopped_child_is_a_failed_node_and_is_disabled_after_two_failures()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var tree = await NodeTree.StartAsync(rootClock: clock);
        await tree.Bravo.StopAsync();

        var first = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));
        var disabledAfterFirst = tree.Root.Service<ChainAvailability>().IsDisabled("bravo");
        var second = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));
        var third = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));

        Assert.False(first["ok"]!.GetValue<bool>());
        Assert.Equal(503, first["error"]!["status_code"]!.GetValue<int>());
        Assert.Contains("cannot reach", first["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(disabledAfterFirst);
        Assert.False(second["ok"]!.GetValue<bool>());
        Assert.Equal("Chain disabled by smart timeouts", third["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Disabled_child_is_reachable_again_once_restarted_and_past_its_window()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var tree = await NodeTree.StartAsync(rootClock: clock);
        await tree.Bravo.StopAsync();
        await tree.Root.GetAsync("/v1/tree/labels");
        await tree.Root.GetAsync("/v1/tree/labels");
        await tree.Bravo.StartAgainAsync();

        var insideWindow = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));
        clock.Advance(TimeSpan.FromSeconds(121));
        var afterWindow = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));

        Assert.Equal("Chain disabled by smart timeouts", insideWindow["error"]!["message"]!.GetValue<string>());
        Assert.True(afterWindow["ok"]!.GetValue<bool>());
        Assert.False(tree.Root.Service<ChainAvailability>().IsDisabled("bravo"));
    }

    [Fact]
    public async Task Root_restarted_inside_the_window_still_treats_the_child_as_disabled()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var tree = await NodeTree.StartAsync(rootClock: clock);
        await tree.Bravo.StopAsync();
        await tree.Root.GetAsync("/v1/tree/labels");
        await tree.Root.GetAsync("/v1/tree/labels");
        await tree.Bravo.StartAgainAsync();

        await tree.Root.StopAsync();
        await tree.Root.StartAgainAsync();
        var bravo = Bravo(await tree.Root.GetAsync("/v1/tree/labels"));
        var chains = await tree.Root.GetAsync("/v1/chains");

        Assert.Equal("Chain disabled by smart timeouts", bravo["error"]!["message"]!.GetValue<string>());
        Assert.Equal(["alpha"], chains.Json["chains"]!.AsArray().Select(name => name!.GetValue<string>()));
    }

    private static System.Text.Json.Nodes.JsonNode Bravo(TestResponse response) =>
        TreeTests.Nodes(response).Single(node => node["chain"]?.GetValue<string>() == "bravo");
}
