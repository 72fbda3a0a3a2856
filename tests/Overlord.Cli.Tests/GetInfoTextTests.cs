using Overlord.Cli.Output;
using static Overlord.Cli.Tests.GetInfoSamples;

namespace Overlord.Cli.Tests;

/// <summary>Golden text of get-info projects and jails from sample tree data, in the original's layout.</summary>
public sealed class GetInfoTextTests
{
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
}
