namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// Issue 11.7: a chain whose entrypoint carries <c>user:password@</c> fails without the password showing in the
/// answers the node sends up the tree or in its log.
/// </summary>
public sealed class ChainUrlCredentialsTests
{
    private const string Password = "chain-s3cret";

    [Fact]
    public async Task A_failing_chain_with_a_password_in_its_url_never_shows_the_password()
    {
        var entrypoint = new Uri($"http://ops:{Password}@127.0.0.1:{TestPorts.Free()}");
        await using var node = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [new ChainSpec("down", entrypoint, "token", "retry: {total: 0}\n")],
        });

        var forwarded = await node.GetAsync("/v1/chain/down/projects");
        var tree = await node.GetAsync("/v1/tree/projects");

        Assert.Equal(503, forwarded.Status);
        Assert.Contains("http://ops:***@127.0.0.1:", forwarded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, forwarded.Text + tree.Text, StringComparison.Ordinal);
        Assert.Contains(node.Logs.Entries, entry => entry.Message.Contains("Forwarding", StringComparison.Ordinal));
        Assert.DoesNotContain(Password, node.Logs.Text, StringComparison.Ordinal);
    }
}
