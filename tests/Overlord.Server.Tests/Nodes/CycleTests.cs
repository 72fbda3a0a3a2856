namespace Overlord.Server.Tests.Nodes;

/// <summary>Two nodes configured as each other's child: a request that comes back is refused with 508.</summary>
public sealed class CycleTests : IAsyncLifetime
{
    private RunningNode _a = null!;
    private RunningNode _b = null!;

    public async ValueTask InitializeAsync()
    {
        var (portA, portB) = (FreePort(), FreePort());
        var keyOfA = NodeKey.New();
        _b = await RunningNode.StartAsync(new NodeSpec
        {
            Port = portB,
            Chains = [new ChainSpec("a", new Uri($"http://127.0.0.1:{portA}/"), keyOfA.Token, "retry: {total: 0}\n")],
        });
        _a = await RunningNode.StartAsync(new NodeSpec
        {
            Port = portA,
            Key = keyOfA,
            Chains = [ChainSpec.To("b", _b)],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    [Fact]
    public async Task Tree_that_comes_back_to_a_node_stops_there_with_a_failed_node()
    {
        var nodes = TreeTests.Nodes(await _a.GetAsync("/v1/tree/labels"));

        Assert.Equal([null, "b", "b.a"], nodes.Select(node => node["chain"]?.GetValue<string>()));
        var back = nodes[2];
        Assert.False(back["ok"]!.GetValue<bool>());
        Assert.Equal(508, back["error"]!["status_code"]!.GetValue<int>());
        Assert.Contains("Loop detected", back["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_path_through_the_cycle_is_refused_with_508()
    {
        var response = await _a.GetAsync("/v1/chain/b.a/ping");

        Assert.Equal(508, response.Status);
        Assert.Contains("Loop detected", response.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loop_refusals_do_not_disable_the_chain()
    {
        await _a.GetAsync("/v1/tree/labels");
        await _a.GetAsync("/v1/tree/labels");

        var nodes = TreeTests.Nodes(await _a.GetAsync("/v1/tree/labels"));

        Assert.Equal(508, nodes[2]["error"]!["status_code"]!.GetValue<int>());
    }

    private static int FreePort() => TestPorts.Free();
}
