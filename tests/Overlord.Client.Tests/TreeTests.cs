using System.Globalization;
using Overlord.Client.Contract;
using Overlord.Client.Tests.Support;
using Overlord.Client.Tree;
using Overlord.Core.Chains;

namespace Overlord.Client.Tests;

public sealed class TreeTests
{
    private const string ProjectsTree = """
        {"status_code": 200, "nodes": [
          {"chain": null, "labels": ["all", "root"], "ok": true,
           "data": {"projects": {"web": {"name": "web", "state": "DONE", "last_log": "2026-01-02_10h11m12s", "locked": false, "services": [{"name": "app", "status": 0, "jail": "a1b2"}]}}},
           "error": null},
          {"chain": "alpha.charlie", "labels": ["all"], "ok": false, "data": null,
           "error": {"status_code": 503, "message": "Chain disabled by smart timeouts"}}]}
        """;

    [Fact]
    public async Task Tree_response_gives_each_nodes_data_or_error()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/tree/projects", Canned.Ok(ProjectsTree));

        var tree = (await node.Client().GetTreeAsync(TreeResource.Projects, cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal([null, "alpha.charlie"], tree.Nodes.Select(n => n.Chain));
        var root = tree.Nodes[0];
        Assert.True(root.Ok);
        Assert.Equal("DONE", root.ReadData<TreeProjectsData>()!.Projects["web"].State);
        var down = tree.Nodes[1];
        Assert.False(down.Ok);
        Assert.Null(down.ReadData<TreeProjectsData>());
        Assert.Equal(new TreeNodeError { StatusCode = 503, Message = "Chain disabled by smart timeouts" }, down.Error);
    }

    [Fact]
    public async Task Tree_data_reads_as_the_single_node_response()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/tree/labels", Canned.Ok("""{"status_code": 200, "nodes": [{"chain": "alpha", "labels": ["db"], "ok": true, "data": {"labels": ["db"]}}]}"""));

        var tree = (await node.Client().GetTreeAsync(TreeResource.Labels, cancellationToken: TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(["db"], Assert.Single(tree.Nodes).ReadData<LabelsResponse>()!.Labels);
    }

    [Fact]
    public async Task Tree_request_carries_filters_items_and_the_visited_servers()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/tree/jails/logs", Canned.Ok("""{"status_code": 200, "nodes": []}"""));
        var query = new TreeQuery { Filters = ["^web$", "db"], Items = ["stats"], Visited = ["srv-1", "srv-2"] };

        await node.Client().GetTreeAsync(TreeResource.JailsLogs, query, TestContext.Current.CancellationToken);

        var request = Assert.Single(node.Requests);
        Assert.Equal("?filter=%5Eweb%24&filter=db&items=stats", request.Query);
        Assert.Equal("srv-1,srv-2", request.Header(OverlordHeaders.Visited));
    }

    [Fact]
    public async Task Deadline_header_is_the_least_of_the_timeouts_and_the_callers_deadline()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/tree/stats", Canned.Ok("""{"status_code": 200, "nodes": []}"""));
        var options = TestOptions.Fast with { ReadTimeout = TimeSpan.FromSeconds(8), Timeout = TimeSpan.FromSeconds(30) };

        await node.Client(options).GetTreeAsync(TreeResource.Stats, new TreeQuery { Deadline = TimeSpan.FromSeconds(5) }, TestContext.Current.CancellationToken);
        await node.Client(options).GetTreeAsync(TreeResource.Stats, null, TestContext.Current.CancellationToken);

        var deadlines = node.Requests.Select(r => long.Parse(r.Header(OverlordHeaders.Deadline)!, CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(deadlines[0], 1, 5000);
        Assert.InRange(deadlines[1], 5001, 8000);
    }

    [Theory]
    [InlineData(TreeResource.ProjectsLogs, "projects/logs")]
    [InlineData(TreeResource.Namespaces, "namespaces")]
    [InlineData(TreeResource.Metadata, "metadata")]
    public void Resource_paths_round_trip(TreeResource resource, string path)
    {
        Assert.Equal(path, resource.ToPath());
        Assert.True(TreeResources.TryParse(path, out var parsed));
        Assert.Equal(resource, parsed);
    }

    [Fact]
    public void Every_resource_has_a_path_that_reads_back_as_itself()
    {
        foreach (var resource in Enum.GetValues<TreeResource>())
        {
            Assert.True(TreeResources.TryParse(resource.ToPath(), out var parsed));
            Assert.Equal(resource, parsed);
        }
    }

    [Fact]
    public void Unknown_resource_path_is_refused()
    {
        Assert.False(TreeResources.TryParse("jail/info", out _));
    }
}
