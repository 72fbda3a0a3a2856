using Microsoft.AspNetCore.Builder;

namespace Overlord.Testing.Nodes;

/// <summary>
/// Four nodes on 127.0.0.1: <c>root</c> with children <c>alpha</c> and <c>bravo</c>, and <c>charlie</c> below
/// alpha. Each has its own folders, labels and token; each parent holds its children's tokens.
/// </summary>
public sealed class NodeTree : IAsyncDisposable
{
    private NodeTree(RunningNode root, RunningNode alpha, RunningNode bravo, RunningNode charlie)
    {
        Root = root;
        Alpha = alpha;
        Bravo = bravo;
        Charlie = charlie;
    }

    public RunningNode Root { get; }

    public RunningNode Alpha { get; }

    public RunningNode Bravo { get; }

    public RunningNode Charlie { get; }

    /// <summary>Starts the tree; <paramref name="pipeline"/> may put middleware in front of a node, by name.</summary>
    public static async Task<NodeTree> StartAsync(Func<string, Action<IApplicationBuilder>?>? pipeline = null, TimeProvider? rootClock = null)
    {
        var charlie = await RunningNode.StartAsync(new NodeSpec { Name = "charlie", Labels = ["db"], Pipeline = pipeline?.Invoke("charlie") });
        var alpha = await RunningNode.StartAsync(new NodeSpec
        {
            Name = "alpha",
            Labels = ["web"],
            Chains = [ChainSpec.To(charlie)],
            Pipeline = pipeline?.Invoke("alpha"),
        });
        var bravo = await RunningNode.StartAsync(new NodeSpec { Name = "bravo", Labels = ["web", "eu"], Pipeline = pipeline?.Invoke("bravo") });
        var root = await RunningNode.StartAsync(new NodeSpec
        {
            Name = "root",
            Labels = ["root"],
            Chains = [ChainSpec.To(alpha), ChainSpec.To(bravo)],
            TimeProvider = rootClock,
        });
        return new NodeTree(root, alpha, bravo, charlie);
    }

    public IEnumerable<RunningNode> All => [Root, Alpha, Bravo, Charlie];

    public async ValueTask DisposeAsync()
    {
        foreach (var node in All)
        {
            await node.DisposeAsync();
        }
    }
}
