using System.Text.Json;
using Overlord.Cli.Output;

namespace Overlord.Cli.Tests;

/// <summary>Golden text of each get-info type from sample tree data, in the original's layout.</summary>
public sealed class GetInfoTextTests
{
    private const string Url = "http://10.0.0.1:8888";

    [Fact]
    public void Projects_PrintStateServicesAndTheUpStatus()
    {
        var node = Node("alpha.charlie", """
            {"projects": {"web": {"name": "web", "state": "DONE", "last_log": "2026-01-02_10h11m12s", "locked": false,
              "services": [{"name": "app", "status": 0, "jail": "a1b2c3d4e5"}],
              "up": {"operation": "COMPLETED", "output": {"rc": 0, "stdout": {"errlevel": 0, "message": null, "failed": []}, "stderr": ""},
                     "last_update": 182.5, "job_id": 7, "restarted": false,
                     "labels": {"error": false, "message": null, "load-balancer": {}, "skydns": {"app": {"error": true, "message": "etcd is down"}}}}}}}
            """);

        var text = Render(new ProjectsInfoView([]), node);

        Assert.Equal("""
            datacenter: main
              entrypoint: http://10.0.0.1:8888
              chain: alpha.charlie
              labels:
                - all
              projects:
                web:
                  state: DONE
                  last_log: 2026-01-02_10h11m12s
                  locked: False
                  services:
                    - {'name': 'app', 'status': 0, 'jail': 'a1b2c3d4e5'}
                  up:
                    operation: COMPLETED
                    output:
                     rc: 0
                     stdout: {'errlevel': 0, 'message': None, 'failed': []}
                    last_update: 3 minutes and 2.5 seconds
                    job_id: 7
                    restarted: False
                     skydns:
                       services:
                         app:
                           error: True
                           message: etcd is down

            """, text);
    }

    [Fact]
    public void Projects_WithNames_ShowOnlyThose_AndANodeWithoutThemIsLeftOut()
    {
        var node = Node(null, """{"projects": {"web": {"state": "FAILED", "down": {"operation": "FAILED", "output": {"stderr": "line 1\nline 2\n"}}}, "db": {"state": "DONE"}}}""");
        var view = new ProjectsInfoView(["web", "absent"]);

        var text = Render(view, node);

        Assert.Equal("""
            datacenter: main
              entrypoint: http://10.0.0.1:8888
              chain: None
              labels:
                - all
              projects:
                web:
                  state: FAILED
                  last_log: None
                  locked: None
                  services:
                  down:
                    operation: FAILED
                    output:
                     stderr:
                       line 1
                       line 2

            """, text);
        Assert.Null(new ProjectsInfoView(["absent"]).Select(node));
    }

    [Fact]
    public void Jails_PrintItemsInTheOriginalsOrder_WithBytesHumanized()
    {
        var node = Node(null, """
            {"jails": {"web1": {"info": {"name": "web1", "status": "UP"}, "stats": {"memoryuse": 1048576, "maxproc": 12},
              "cpuset": "0-3", "expose": [{"hport": "80", "nro": "0"}], "devfs": []},
              "db1": {"stats": {}}}}
            """);

        var text = Render(new JailsInfoView(InfoPatterns.None, []), node, showLabels: false);

        Assert.Equal("""
            datacenter: main
              entrypoint: http://10.0.0.1:8888
              chain: None
              jails:
                web1:
                  stats:
                    memoryuse: 1048576 (1 MiB)
                    maxproc: 12
                  info:
                    name: web1
                    status: UP
                  cpuset: 0-3
                  expose:
                    - {'hport': '80', 'nro': '0'}

            """, text);
    }

    [Fact]
    public void Jails_FilteredByPatternAndItem()
    {
        var node = Node(null, """{"jails": {"web1": {"cpuset": "0", "info": {"a": "b"}}, "db1": {"cpuset": "1"}}}""");
        var patterns = InfoPatterns.TryCreate(["^web"], out _)!;

        var text = Render(new JailsInfoView(patterns, ["cpuset"]), node, showLabels: false);

        Assert.EndsWith("  jails:\n    web1:\n      cpuset: 0\n", text, StringComparison.Ordinal);
    }

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

    private static InfoNode Node(string? chain, string data) =>
        new("main", Url, chain, ["all"], JsonDocument.Parse(data).RootElement.Clone());

    private static string Render(InfoView view, InfoNode node, bool showLabels = true)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var content = view.Select(node);
        Assert.NotNull(content);
        view.WriteTextDocument(output, [new ShownNode(node, content)], showLabels);
        return output.ToString();
    }
}
