using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Client.Tests.Support;

namespace Overlord.Client.Tests;

public sealed class NamespaceAndVmRoutesTests
{
    [Fact]
    public async Task Namespace_lists_files_and_directories_with_owner_and_mode()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/namespace/web", Canned.Ok("""
            {"status_code": 200, "namespace": [{"directory": "/usr/local/overlord/namespace/web/conf", "owner": 0, "group": 0, "mode": 16877},
             {"file": "/usr/local/overlord/namespace/web/conf/app.conf", "owner": 80, "group": 80, "mode": 33188}]}
            """));

        var entries = (await node.Client().GetNamespaceAsync("web", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(["/usr/local/overlord/namespace/web/conf", "/usr/local/overlord/namespace/web/conf/app.conf"], entries.Select(e => e.Path));
        Assert.Equal((80, 33188), (entries[1].Owner, entries[1].Mode));
        Assert.Null(entries[1].Directory);
    }

    [Fact]
    public async Task Namespace_write_sends_file_pairs_and_owner_ids_or_names()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/namespace/web", new Canned(201, """{"status_code": 201, "message": "Namespace 'web' has been successfully created."}"""));
        NamespaceMappingItem[] mapping =
        [
            NamespaceMappingItem.ForDirectory("conf") with { Mode = 493 },
            NamespaceMappingItem.ForFile("app.conf", "conf/app.conf") with { Owner = AccountRef.FromId(80), Group = AccountRef.FromName("www") },
        ];

        var result = await node.Client().CreateNamespaceAsync("web", mapping, TestContext.Current.CancellationToken);

        Assert.Equal("Namespace 'web' has been successfully created.", result.Value);
        Assert.Equal(
            """{"mapping":[{"directory":"conf","mode":493},{"file":["app.conf","conf/app.conf"],"owner":80,"group":"www"}]}""",
            Assert.Single(node.Requests).Body);
    }

    [Fact]
    public async Task Vm_status_reads_a_failed_job()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/vm/vm1", Canned.Ok("""
            {"status_code": 200, "status": {"operation": "FAILED", "exception": {"type": "FileNotFoundError", "message": "no such file"}, "last_update": 3.25, "job_id": 9}}
            """));

        var status = (await node.Client().GetVmStatusAsync("vm1", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(("FAILED", "FileNotFoundError", 9L), (status.Operation, status.Exception!.Type, status.JobId));
    }

    [Fact]
    public async Task Vm_create_leaves_unset_fields_out_of_the_body()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("POST", "/v1/vm/vm1", Canned.Ok("""{"status_code": 200, "job_id": 11}"""));
        var profile = new VmProfile
        {
            Makejail = "gh+AppJail-makejails/bhyve-vm",
            Template = new Dictionary<string, string> { ["loader"] = "uefi", ["cpu"] = "2" },
            DiskLayout = new JsonObject { ["driver"] = "nvme", ["size"] = "20G", ["from"] = new JsonObject { ["type"] = "img", ["imgFile"] = "/x.img" } },
        };

        var result = await node.Client().CreateVmAsync("vm1", profile, TestContext.Current.CancellationToken);

        Assert.Equal(11, result.Value);
        Assert.Equal(
            """{"makejail":"gh+AppJail-makejails/bhyve-vm","template":{"loader":"uefi","cpu":"2"},"diskLayout":{"driver":"nvme","size":"20G","from":{"type":"img","imgFile":"/x.img"}}}""",
            Assert.Single(node.Requests).Body);
    }
}
