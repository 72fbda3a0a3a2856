using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Server.Hosting;

namespace Overlord.Server.Tests.Nodes;

/// <summary>A running node takes a reloaded config's labels and chains at once, and keeps its data_dir to itself.</summary>
public sealed class ConfigReloadNodeTests : IAsyncLifetime
{
    private RunningNode _node = null!;
    private RunningNode _child = null!;

    public async ValueTask InitializeAsync()
    {
        _child = await RunningNode.StartAsync(new NodeSpec { Labels = ["leaf"] });
        _node = await RunningNode.StartAsync(new NodeSpec { Labels = ["web"] });
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _child.DisposeAsync();
    }

    [Fact]
    public async Task A_reload_serves_the_new_labels_and_reaches_a_new_chain_without_a_restart()
    {
        var chain = new ChainConfig { Entrypoint = _child.Address.AbsoluteUri, AccessToken = new Secret(_child.Token) };
        var reload = _node.Host.Config.Reload(_node.Config with
        {
            Labels = ["web", "edge"],
            Chains = new Dictionary<string, ChainConfig>(StringComparer.Ordinal) { ["leaf"] = chain },
        });

        var labels = await _node.GetAsync("/v1/labels");
        var chains = await _node.GetAsync("/v1/chains");
        var throughChain = await _node.GetAsync("/v1/chain/leaf/labels");

        Assert.Equal(["labels", "chains.leaf"], reload.Applied);
        Assert.Equal(["web", "edge"], labels.Json["labels"]!.AsArray().Select(label => (string?)label));
        Assert.Equal(["leaf"], chains.Json["chains"]!.AsArray().Select(name => (string?)name));
        Assert.Equal(200, throughChain.Status);
        Assert.Contains("\"leaf\"", throughChain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_node_on_the_same_data_dir_refuses_to_start()
    {
        var error = await Assert.ThrowsAsync<OverlordException>(() => NodeHost.CreateAsync(
            new NodeHostOptions { Config = _node.Config with { Port = 0 } }, TestContext.Current.CancellationToken));

        Assert.Equal(ExitCodes.TempFail, error.ExitCode);
        Assert.Contains("is in use by another overlord node", error.Message, StringComparison.Ordinal);
        Assert.Equal(200, (await _node.GetAsync("/v1/labels")).Status);
    }

    [Fact]
    public async Task A_chain_to_a_node_with_the_same_server_id_is_named_as_such_not_as_a_loop()
    {
        await using var twin = await RunningNode.StartAsync(new NodeSpec
        {
            ExtraYaml = $"serverid: '{Path.Combine(_node.DataDirectory, "serverid")}'\n",
            Chains = [ChainSpec.To("original", _node)],
        });

        var response = await twin.GetAsync("/v1/chain/original/ping");

        Assert.Equal(508, response.Status);
        Assert.Contains("Shared server id", response.Message, StringComparison.Ordinal);
        Assert.Contains("own data_dir", response.Message, StringComparison.Ordinal);
    }
}
