using Microsoft.Data.Sqlite;
using Overlord.Cli.Commands;

namespace Overlord.Cli.Tests;

/// <summary>
/// A root node built as <c>overlord serve</c> builds it with an <c>agent:</c> section (the real dispatcher through
/// SpecDeployer and its own API), with fake AppJail tools and children given as <see cref="RunningNode"/>s.
/// </summary>
internal sealed class AgentRootNode : IAsyncDisposable
{
    private readonly AgentOwnNode _ownNode = new();
    private RunningNode? _node;

    private AgentRootNode()
    {
    }

    public string Secret => Node.Secret;

    public string Token => Node.Token;

    public IServiceProvider Services => Node.Host.Services;

    public string Url => Node.Url;

    private RunningNode Node => _node ?? throw new InvalidOperationException("the root is stopped");

    public static async Task<AgentRootNode> StartAsync(string repository, params RunningNode[] children)
    {
        var root = new AgentRootNode();
        root._node = await RunningNode.StartAsync(new NodeSpec
        {
            Name = "root",
            Labels = ["root"],
            Chains = [.. children.Select(child => ChainSpec.To(child))],
            ExtraYaml = $"agent:\n  repository: '{repository}'\n  interval: 3600\n  identity:\n    name: Root Agent\n    email: agent@root.test\n",
            Host = options => ServeCommand.WithAgent(options, root._ownNode),
            Built = root._ownNode.Attach,
        });
        return root;
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is { } node)
        {
            await node.DisposeAsync();
        }

        _ownNode.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
