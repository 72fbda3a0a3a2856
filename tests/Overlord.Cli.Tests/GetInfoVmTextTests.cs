using System.Text.Json;
using Overlord.Cli.Output;
using Overlord.Client.Deployment;
using static Overlord.Cli.Tests.GetInfoSamples;

namespace Overlord.Cli.Tests;

/// <summary>Golden text (and JSON) of get-info -t vm from sample tree data, in the original's layout.</summary>
public sealed class GetInfoVmTextTests
{
    [Fact]
    public void Vm_PrintsEachStatusUnderVirtualMachines()
    {
        var node = Node("alpha", """
            {"vm": {"vm1": {"operation": "COMPLETED", "output": "Starting vm1\n  * found guest in /vm/vm1\n  * booting...",
                            "last_update": 182.5, "job_id": 7},
                    "vm2": {"operation": "FAILED", "exception": {"type": "IOException", "message": "disk full"}, "last_update": 1, "job_id": 9}}}
            """);

        var text = Render(new VmInfoView([]), node);

        Assert.Equal("""
            datacenter: main
              entrypoint: http://10.0.0.1:8888
              chain: alpha
              labels:
                - all
              projects:
                vm1:
                  virtual-machines:
                      operation: COMPLETED
                      output: |
                        Starting vm1
                          * found guest in /vm/vm1
                          * booting...
                      last_update: 3 minutes and 2.5 seconds
                      job_id: 7
                vm2:
                  virtual-machines:
                      operation: FAILED
                      exception: {'type': 'IOException', 'message': 'disk full'}
                      last_update: 1 second
                      job_id: 9

            """, text);
    }

    [Fact]
    public void Vm_OneLineOutputStaysOnItsKeyAndAnEmptyOneIsLeftOut()
    {
        var node = Node(null, """{"vm": {"a1": {"operation": "NOOP", "output": "a1 is already installed\n", "job_id": 1}, "b2": {"operation": "RUNNING", "output": "", "job_id": 2}}}""");

        var text = Render(new VmInfoView([]), node, showLabels: false);

        Assert.Equal("""
            datacenter: main
              entrypoint: http://10.0.0.1:8888
              chain: None
              projects:
                a1:
                  virtual-machines:
                      operation: NOOP
                      output: a1 is already installed
                      job_id: 1
                b2:
                  virtual-machines:
                      operation: RUNNING
                      job_id: 2

            """, text);
    }

    [Fact]
    public void Vm_WithNames_ShowsOnlyThose_AndANodeWithoutThemIsLeftOut()
    {
        var node = Node(null, """{"vm": {"vm1": {"operation": "COMPLETED", "job_id": 1}, "vm2": {"operation": "COMPLETED", "job_id": 2}}}""");

        var shown = new VmInfoView(["vm2", "absent"]).Select(node);
        var none = new VmInfoView(["absent"]).Select(node);

        Assert.Equal(["vm2"], shown!.AsObject().Select(pair => pair.Key));
        Assert.Null(none);
    }

    [Fact]
    public void Vm_Json_PutsTheStatusesUnderTheVmKey()
    {
        var view = new VmInfoView([]);
        var node = Node("alpha", """{"vm": {"vm1": {"operation": "COMPLETED", "job_id": 7}}}""");

        var text = InfoJsonWriter.Write(view, [new ShownNode(node, view.Select(node)!)], Array.Empty<NodeFailure>(), _ => Url);

        var shown = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("nodes").EnumerateArray());
        Assert.Equal(7, shown.GetProperty("vm").GetProperty("vm1").GetProperty("job_id").GetInt32());
    }
}
