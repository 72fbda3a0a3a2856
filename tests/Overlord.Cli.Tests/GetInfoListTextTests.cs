using Overlord.Cli.Output;
using static Overlord.Cli.Tests.GetInfoSamples;

namespace Overlord.Cli.Tests;

/// <summary>Golden text of get-info metadata, namespaces, chains and logs from sample tree data.</summary>
public sealed class GetInfoListTextTests
{
    [Fact]
    public void Metadata_PrintsOneLineValuesInlineAndOthersAsBlocks()
    {
        var node = Node(null, """{"metadata": {"web.port": "8080\n", "web.conf": "a = 1\nb = 2\n", "empty": ""}}""");

        var text = Render(new MetadataInfoView(InfoPatterns.None), node, showLabels: false);

        Assert.EndsWith("""
              metadata:
                web.port: 8080
                web.conf: |
                  a = 1
                  b = 2

            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_DefaultFilterOfTheSpecsOwnKeys_MatchesExactly()
    {
        var node = Node(null, """{"metadata": {"web.port": "1", "web.port2": "2"}}""");
        var patterns = InfoPatterns.TryCreate([InfoPatterns.Exactly("web.port")], out _)!;

        var content = new MetadataInfoView(patterns).Select(node);

        Assert.Equal("""{"web.port":"1"}""", content!.ToJsonString());
    }

    [Fact]
    public void Namespaces_PrintEntriesWithTheModeAsText()
    {
        var node = Node(null, """{"namespaces": {"site": [{"file": "/ns/site/app.conf", "owner": 0, "group": 0, "mode": 33188}, {"directory": "/ns/site/log", "owner": 80, "group": 80, "mode": 16877}]}}""");

        var text = Render(new NamespacesInfoView(InfoPatterns.None), node, showLabels: false);

        Assert.EndsWith("""
              namespaces:
                site:
                  - {'file': '/ns/site/app.conf', 'owner': 0, 'group': 0, 'mode': '-rw-r--r--'}
                  - {'directory': '/ns/site/log', 'owner': 80, 'group': 80, 'mode': 'drwxr-xr-x'}

            """, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainStats_PrintTheNodesTotals_AndFiltersMatchTheChainPath()
    {
        var node = Node("alpha", """{"stats": {"memoryuse": 2147483648, "pcpu": 3}}""");
        var patterns = InfoPatterns.TryCreate(["^alp"], out _)!;

        var text = Render(new ChainStatsInfoView(patterns), node, showLabels: false);

        Assert.EndsWith("  stats:\n    memoryuse: 2147483648 (2 GiB)\n    pcpu: 3\n", text, StringComparison.Ordinal);
        Assert.Null(new ChainStatsInfoView(patterns).Select(Node(null, """{"stats": {"pcpu": 1}}""")));
    }

    [Fact]
    public void Chains_PrintOnlyTheHeader()
    {
        var text = Render(new ChainsInfoView(InfoPatterns.None), Node("alpha", "{}"));

        Assert.Equal("datacenter: main\n  entrypoint: http://10.0.0.1:8888\n  chain: alpha\n  labels:\n    - all\n", text);
    }

    [Fact]
    public void ProjectsLogs_ListDateServiceFile_MatchingTheFilter()
    {
        var node = Node(null, """{"logs": {"2026-01-02_10h11m12s": {"web": ["start.log", "makejail.log"], "db": ["start.log"]}}}""");
        var patterns = InfoPatterns.TryCreate(["/web/"], out _)!;

        var text = Render(new LogsInfoView(patterns, jails: false), node, showLabels: false);

        Assert.EndsWith("  logs:\n    - 2026-01-02_10h11m12s/web/start.log\n    - 2026-01-02_10h11m12s/web/makejail.log\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void JailsLogs_ListTypeEntitySubtypeFile()
    {
        var node = Node(null, """{"logs": {"jails": {"web1": {"console": ["2026-01-02.log"]}}}}""");

        var text = Render(new LogsInfoView(InfoPatterns.None, jails: true), node, showLabels: false);

        Assert.EndsWith("  logs:\n    - jails/web1/console/2026-01-02.log\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainsTree_DrawsEachDatacentersChainsUnderItsUrl()
    {
        var view = new ChainTreeInfoView();
        InfoNode[] nodes =
        [
            Node(null, "{}"),
            Node("alpha", "{}"),
            Node("alpha.charlie", "{}"),
            Node("alpha.delta", "{}"),
            Node("beta", "{}"),
            Node("gamma", "{}") with { Datacenter = "backup", Entrypoint = "http://10.0.0.2:8888" },
        ];
        using var output = new StringWriter { NewLine = "\n" };

        view.WriteTextDocument(output, [.. nodes.Select(n => (n, view.Select(n))).Where(p => p.Item2 is not null).Select(p => new ShownNode(p.n, p.Item2!))], true);

        Assert.Equal("""
            http://10.0.0.1:8888
             +-- alpha
             |   +-- charlie
             |   +-- delta
             +-- beta
            http://10.0.0.2:8888
             +-- gamma

            """, output.ToString());
    }
}
