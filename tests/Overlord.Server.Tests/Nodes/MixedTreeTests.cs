using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Overlord.Server.Tests.Api;

namespace Overlord.Server.Tests.Nodes;

/// <summary>
/// Issue 10.1: a tree with an original node in it (ours with the tree routes switched off, answering 404
/// <c>Resource not found.</c> as the original does). The root walks that node and everything below it the
/// original's way, into the same tree answer.
/// </summary>
public sealed class MixedTreeTests
{
    [Fact]
    public async Task A_node_without_tree_routes_answers_404_as_the_original_does()
    {
        await using var charlie = await RunningNode.StartAsync();
        await using var original = await RunningNode.StartAsync(new NodeSpec { OriginalRoutesOnly = true, Chains = [ChainSpec.To("charlie", charlie)] });

        var own = await original.GetAsync("/v1/tree/labels");
        var chained = await original.GetAsync("/v1/chain/charlie/tree/labels");
        var plain = await original.GetAsync("/v1/chain/charlie/labels");

        Assert.Equal((404, "Resource not found."), (own.Status, own.Message));
        Assert.Equal((404, "Resource not found."), (chained.Status, chained.Message));
        Assert.Equal(200, plain.Status);
    }

    [Fact]
    public async Task Root_walks_an_original_child_and_the_node_of_ours_below_it()
    {
        await using var tree = await MixedTree.StartAsync();
        var jobId = (await tree.Charlie.PostAsync("/v1/project/up/db", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await tree.Charlie.JobEndedAsync(jobId);
        await tree.Alpha.PostAsync("/v1/metadata/app.web", """{"value": "w"}""");
        await tree.Alpha.PostAsync("/v1/metadata/app.db", """{"value": "d"}""");

        var labels = TreeTests.Nodes(await tree.Root.GetAsync("/v1/tree/labels"));
        var projects = TreeTests.Nodes(await tree.Root.GetAsync("/v1/tree/projects"));
        var metadata = TreeTests.Nodes(await tree.Root.GetAsync("/v1/tree/metadata?filter=web$"));

        Assert.Equal([null, "alpha", "alpha.charlie", "bravo"], labels.Select(node => node["chain"]?.GetValue<string>()));
        Assert.All(labels, node => Assert.True(node["ok"]!.GetValue<bool>(), node.ToJsonString()));
        Assert.Equal(["db"], Chain(labels, "alpha.charlie")["labels"]!.AsArray().Select(label => label!.GetValue<string>()));
        Assert.Equal("""{"labels":["db"]}""", Chain(labels, "alpha.charlie")["data"]!.ToJsonString());
        Assert.Equal("DONE", Chain(projects, "alpha.charlie")["data"]!["projects"]!["db"]!["state"]!.GetValue<string>());
        Assert.Empty(Chain(projects, "alpha")["data"]!["projects"]!.AsObject());
        Assert.Equal("""{"app.web":"w"}""", Chain(metadata, "alpha")["data"]!["metadata"]!.ToJsonString());
    }

    [Fact]
    public async Task A_node_without_tree_routes_is_remembered_and_not_asked_for_its_tree_again()
    {
        var treeAsks = 0;
        void Count(IApplicationBuilder app) => app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            if (context.Request.Path.StartsWithSegments("/v1/tree"))
            {
                Interlocked.Increment(ref treeAsks);
            }

            await next(context);
        });
        await using var tree = await MixedTree.StartAsync(alphaPipeline: Count);

        var first = TreeTests.Nodes(await tree.Root.GetAsync("/v1/tree/labels"));
        var second = TreeTests.Nodes(await tree.Root.GetAsync("/v1/tree/labels"));

        Assert.Equal(4, first.Count);
        Assert.Equal(4, second.Count);
        Assert.Equal(1, treeAsks);
    }

    private static JsonNode Chain(List<JsonNode> nodes, string chain) => nodes.Single(node => node["chain"]?.GetValue<string>() == chain);

    /// <summary>root (ours) → alpha (original) → charlie (ours), and bravo (ours) beside alpha.</summary>
    private sealed class MixedTree : IAsyncDisposable
    {
        private MixedTree(RunningNode root, RunningNode alpha, RunningNode bravo, RunningNode charlie) => (Root, Alpha, Bravo, Charlie) = (root, alpha, bravo, charlie);

        public RunningNode Root { get; }

        public RunningNode Alpha { get; }

        public RunningNode Bravo { get; }

        public RunningNode Charlie { get; }

        public static async Task<MixedTree> StartAsync(Action<IApplicationBuilder>? alphaPipeline = null)
        {
            var charlie = await RunningNode.StartAsync(new NodeSpec { Labels = ["db"] });
            var alpha = await RunningNode.StartAsync(new NodeSpec
            {
                Labels = ["web"],
                Chains = [ChainSpec.To("charlie", charlie)],
                OriginalRoutesOnly = true,
                Pipeline = alphaPipeline,
            });
            var bravo = await RunningNode.StartAsync(new NodeSpec { Labels = ["web", "eu"] });
            var root = await RunningNode.StartAsync(new NodeSpec { Labels = ["root"], Chains = [ChainSpec.To("alpha", alpha), ChainSpec.To("bravo", bravo)] });
            return new MixedTree(root, alpha, bravo, charlie);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var node in new[] { Root, Alpha, Bravo, Charlie })
            {
                await node.DisposeAsync();
            }
        }
    }
}
