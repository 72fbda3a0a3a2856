using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Overlord.Server.Tests.Api;

namespace Overlord.Server.Tests.Nodes;

public sealed class TreeTests
{
    [Fact]
    public async Task Tree_projects_from_the_root_returns_all_four_nodes_in_one_request()
    {
        await using var tree = await NodeTree.StartAsync();
        var jobId = (await tree.Charlie.PostAsync("/v1/project/up/db", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await tree.Charlie.JobEndedAsync(jobId);

        var response = await tree.Root.GetAsync("/v1/tree/projects");

        var nodes = Nodes(response);
        Assert.Equal([null, "alpha", "alpha.charlie", "bravo"], nodes.Select(node => node["chain"]?.GetValue<string>()));
        Assert.All(nodes, node => Assert.True(node["ok"]!.GetValue<bool>()));
        Assert.Equal(["web", "eu"], nodes[3]["labels"]!.AsArray().Select(label => label!.GetValue<string>()));
        Assert.Equal("DONE", nodes[2]["data"]!["projects"]!["db"]!["state"]!.GetValue<string>());
        Assert.Empty(nodes[1]["data"]!["projects"]!.AsObject());
    }

    [Fact]
    public async Task Children_are_asked_at_the_same_time()
    {
        var barrier = new TreeBarrier(expected: 2);
        await using var tree = await NodeTree.StartAsync(name => name is "alpha" or "bravo" ? barrier.Middleware : null);

        var nodes = Nodes(await tree.Root.GetAsync("/v1/tree/labels"));

        Assert.Equal(4, nodes.Count);
        Assert.All(nodes, node => Assert.True(node["ok"]!.GetValue<bool>(), node.ToJsonString()));
    }

    [Fact]
    public async Task Filters_narrow_each_nodes_answer()
    {
        await using var tree = await NodeTree.StartAsync();
        await tree.Alpha.PostAsync("/v1/metadata/app.web", """{"value": "w"}""");
        await tree.Alpha.PostAsync("/v1/metadata/app.db", """{"value": "d"}""");

        var nodes = Nodes(await tree.Root.GetAsync("/v1/tree/metadata?filter=web$"));

        var alpha = nodes.Single(node => node["chain"]?.GetValue<string>() == "alpha");
        Assert.Equal("""{"app.web":"w"}""", alpha["data"]!["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task A_child_past_the_deadline_is_a_failed_node_and_the_rest_still_answers()
    {
        await using var tree = await NodeTree.StartAsync(name => name == "bravo" ? Slow : null);

        var response = await tree.Root.SendAsync(HttpMethod.Get, "/v1/tree/labels", headers: new Dictionary<string, string>
        {
            ["Authentication"] = "Bearer " + tree.Root.Token,
            ["X-Overlord-Deadline"] = "1500",
        });

        var nodes = Nodes(response);
        var bravo = nodes.Single(node => node["chain"]?.GetValue<string>() == "bravo");
        Assert.False(bravo["ok"]!.GetValue<bool>());
        Assert.Equal(504, bravo["error"]!["status_code"]!.GetValue<int>());
        Assert.True(nodes.Single(node => node["chain"]?.GetValue<string>() == "alpha.charlie")["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Unknown_resource_is_not_found()
    {
        await using var node = await RunningNode.StartAsync();

        var response = await node.GetAsync("/v1/tree/jail/info");

        Assert.Equal((404, "Resource not found."), (response.Status, response.Message));
    }

    /// <summary>Answers nothing for 30 s (or until the caller gives up).</summary>
    private static void Slow(IApplicationBuilder app) => app.Use(async (HttpContext context, RequestDelegate next) =>
    {
        await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        await next(context);
    });

    internal static List<JsonNode> Nodes(TestResponse response)
    {
        Assert.Equal(200, response.Status);
        return [.. response.Json["nodes"]!.AsArray().Select(node => node!)];
    }
}
