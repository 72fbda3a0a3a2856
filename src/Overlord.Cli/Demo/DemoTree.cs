namespace Overlord.Cli.Demo;

/// <summary>
/// The demo's nodes: a root labelled <c>root</c> that runs the GitOps agent, and two children whose labels share
/// <c>demo</c> (which examples-repo/process targets) and differ in their region (eu, us), so the example's
/// <c>labelsEnvironment</c> gives each its own port and page.
/// </summary>
internal sealed record DemoTree(DemoNode Root, IReadOnlyList<DemoNode> Children)
{
    /// <summary>How many ports <see cref="Create"/> takes: the three nodes' APIs, then the two hello services.</summary>
    public const int PortCount = 5;

    public static DemoTree Create(IReadOnlyList<int> ports)
    {
        ArgumentNullException.ThrowIfNull(ports);
        if (ports.Count != PortCount)
        {
            throw new ArgumentException($"the demo needs {PortCount} ports", nameof(ports));
        }

        return new DemoTree(
            new DemoNode("root", ["root"], ports[0]),
            [new DemoNode("eu", ["demo", "web", "eu"], ports[1], ports[3]), new DemoNode("us", ["demo", "web", "us"], ports[2], ports[4])]);
    }

    public IEnumerable<DemoNode> All => [Root, .. Children];

    /// <summary>
    /// What the root's agent reads when it loads the example's specs: each region's <c>!ENV</c> port (the node's
    /// environment wins over the repository's <c>.env</c> and the spec's defaults).
    /// </summary>
    public IReadOnlyDictionary<string, string> AgentEnvironment =>
        Children.Where(child => child.WebPort is not null)
            .ToDictionary(child => child.WebPortVariable, child => child.WebPort!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
