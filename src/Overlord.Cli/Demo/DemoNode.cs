namespace Overlord.Cli.Demo;

/// <summary>
/// One node of the demo's tree on 127.0.0.1: its name (also its chain name under the root), its labels, its API
/// port and, for a node that serves the example, the port its hello service listens on.
/// </summary>
internal sealed record DemoNode(string Name, IReadOnlyList<string> Labels, int Port, int? WebPort = null)
{
    public Uri Entrypoint => new($"http://127.0.0.1:{Port}");

    /// <summary>Where the node's hello service answers, for a serving node.</summary>
    public Uri? WebAddress => WebPort is { } port ? new Uri($"http://127.0.0.1:{port}/") : null;

    /// <summary>The variable of examples-repo/process/hello.yml that sets this node's port (HELLO_PORT_EU).</summary>
    public string WebPortVariable => "HELLO_PORT_" + Name.ToUpperInvariant();

    public string LabelsText => string.Join(", ", Labels);
}
