namespace Overlord.Cli.Tests;

/// <summary>
/// Four real nodes: <c>root</c> (labels root) with children <c>alpha</c> (web) and <c>bravo</c> (web, eu), and
/// <c>charlie</c> (db) below alpha. The spec's datacenter <c>main</c> is the root.
/// </summary>
internal sealed class DeployNodeTree : IAsyncDisposable
{
    private DeployNodeTree(DeployNode root, DeployNode alpha, DeployNode bravo, DeployNode charlie)
    {
        Root = root;
        Alpha = alpha;
        Bravo = bravo;
        Charlie = charlie;
    }

    public DeployNode Root { get; }

    public DeployNode Alpha { get; }

    public DeployNode Bravo { get; }

    public DeployNode Charlie { get; }

    public IEnumerable<DeployNode> All => [Root, Alpha, Bravo, Charlie];

    public static async Task<DeployNodeTree> StartAsync()
    {
        var charlie = await DeployNode.StartAsync("charlie", ["db"]);
        var alpha = await DeployNode.StartAsync("alpha", ["web"], charlie);
        var bravo = await DeployNode.StartAsync("bravo", ["web", "eu"]);
        var root = await DeployNode.StartAsync("root", ["root"], alpha, bravo);
        return new DeployNodeTree(root, alpha, bravo, charlie);
    }

    /// <summary>A directorProject spec for project <c>web</c> on nodes labelled <paramref name="label"/>.</summary>
    public string ProjectSpec(string label = "web") => $"""
        kind: directorProject
        datacenters:
          main:
            entrypoint: "{Root.Url}"
            access_token: "{Root.Token}"
        deployIn:
          labels: [{label}]
        projectName: web
        projectFile: |
          services:
            web:
              makejail: Makejail
        """;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in All)
        {
            await node.DisposeAsync();
        }
    }
}
