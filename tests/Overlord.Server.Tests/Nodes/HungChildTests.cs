using Overlord.Server.Chains;

namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// Issue 11.5: a child that accepts connections and never answers (stopped with SIGSTOP) holds a tree read for
/// one read timeout, not one per retry; it is a failed node, and it counts toward its smart timeout at once.
/// </summary>
public sealed class HungChildTests
{
    /// <summary>A bound far above one read timeout and far below the retries the chain would otherwise make (7 × 5 s).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Hung_child_is_a_failed_node_after_one_read_timeout_and_is_disabled_after_two_reads()
    {
        using var hung = new SilentListener();
        await using var bravo = await RunningNode.StartAsync(new NodeSpec { Labels = ["web"] });

        // The chain keeps the original's 6 retries: only its read timeout is shortened.
        await using var root = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [new ChainSpec("hung", hung.Address, "token", "read_timeout: 5\nwrite_timeout: 5\n"), ChainSpec.To("bravo", bravo)],
        });

        var first = await TreeWithinPatienceAsync(root);
        var second = await TreeWithinPatienceAsync(root);
        var third = await TreeWithinPatienceAsync(root);

        var hungNode = first.Single(node => node["chain"]?.GetValue<string>() == "hung");
        Assert.False(hungNode["ok"]!.GetValue<bool>());
        Assert.Equal(504, hungNode["error"]!["status_code"]!.GetValue<int>());
        Assert.Contains("no answer from", hungNode["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("attempts", hungNode["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(first.Single(node => node["chain"]?.GetValue<string>() == "bravo")["ok"]!.GetValue<bool>());
        Assert.Equal(504, second.Single(node => node["chain"]?.GetValue<string>() == "hung")["error"]!["status_code"]!.GetValue<int>());
        Assert.True(root.Service<ChainAvailability>().IsDisabled("hung"));
        Assert.Equal(ChainErrors.DisabledMessage, third.Single(node => node["chain"]?.GetValue<string>() == "hung")["error"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Tree_timeout_bounds_a_read_whatever_the_callers_deadline_and_the_chains_read_timeout()
    {
        using var hung = new SilentListener();
        await using var root = await RunningNode.StartAsync(new NodeSpec
        {
            ExtraYaml = "tree_timeout: 3\n",
            Chains = [new ChainSpec("hung", hung.Address, "token", "read_timeout: 120\nwrite_timeout: 120\n")],
        });

        var nodes = await TreeWithinPatienceAsync(root, new Dictionary<string, string>
        {
            ["Authentication"] = "Bearer " + root.Token,
            ["X-Overlord-Deadline"] = "120000",
        });

        var hungNode = nodes.Single(node => node["chain"]?.GetValue<string>() == "hung");
        Assert.Equal(504, hungNode["error"]!["status_code"]!.GetValue<int>());
        Assert.Contains("deadline", hungNode["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(nodes[0]["ok"]!.GetValue<bool>());
    }

    private static async Task<List<System.Text.Json.Nodes.JsonNode>> TreeWithinPatienceAsync(RunningNode root, Dictionary<string, string>? headers = null)
    {
        var read = root.SendAsync(HttpMethod.Get, "/v1/tree/labels", headers: headers);
        var finished = await Task.WhenAny(read, Task.Delay(Patience, TestContext.Current.CancellationToken));
        Assert.True(finished == read, $"the tree read did not return within {Patience.TotalSeconds} s");
        return TreeTests.Nodes(await read);
    }
}
