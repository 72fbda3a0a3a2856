using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Overlord.Core.Chains;
using Overlord.Server.Auth;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Api;

namespace Overlord.Server.Tests.Nodes;

/// <summary>Issue 13.1 on live nodes: a scope holds on the node and across chains, whatever the chain token may do.</summary>
public sealed class ScopedTokenTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_token_reads_through_chains_and_is_refused_403_naming_deploy_when_it_deploys()
    {
        var forwarded = new ConcurrentQueue<string>();
        await using var tree = await NodeTree.StartAsync(name => name == "charlie" ? RecordScope(forwarded) : null);
        var read = Auth(ScopedToken(tree.Root, TokenScope.Read));

        var projects = await tree.Root.SendAsync(HttpMethod.Get, "/v1/chain/alpha.charlie/projects", headers: read);
        var labels = await tree.Root.SendAsync(HttpMethod.Get, "/v1/tree/labels", headers: read);
        var direct = await tree.Root.SendAsync(HttpMethod.Post, "/v1/project/up/web", ProjectRoutesTests.UpBody(), read);
        var chained = await tree.Root.SendAsync(HttpMethod.Post, "/v1/chain/alpha.charlie/project/up/web", ProjectRoutesTests.UpBody(), read);

        Assert.Equal((200, 200), (projects.Status, labels.Status));
        Assert.Contains("GET /v1/projects read", forwarded);
        foreach (var refused in new[] { direct, chained })
        {
            Assert.Equal(403, refused.Status);
            Assert.Equal(403, refused.Json["status_code"]!.GetValue<int>());
            Assert.Contains("'deploy' scope", refused.Message, StringComparison.Ordinal);
        }

        foreach (var node in tree.All)
        {
            Assert.Empty(await node.Service<JobQueue>().ListAsync("web", Token));
        }
    }

    [Fact]
    public async Task A_deploy_token_deploys_through_chains()
    {
        await using var tree = await NodeTree.StartAsync();
        var deploy = Auth(ScopedToken(tree.Root, TokenScope.Deploy));

        var up = await tree.Root.SendAsync(HttpMethod.Post, "/v1/chain/alpha.charlie/project/up/web", ProjectRoutesTests.UpBody(), deploy);

        Assert.Equal(200, up.Status);
        Assert.Equal(JobState.Completed, (await tree.Charlie.JobEndedAsync(up.Json["job_id"]!.GetValue<long>())).State);
    }

    [Fact]
    public async Task A_child_grants_the_narrower_of_its_token_and_the_forwarded_scope()
    {
        await using var node = await RunningNode.StartAsync();
        var narrowed = new Dictionary<string, string> { [OverlordHeaders.Scope] = "read" };

        var read = await node.SendAsync(HttpMethod.Get, "/v1/projects", headers: narrowed);
        var write = await node.SendAsync(HttpMethod.Post, "/v1/metadata/greeting", """{"value":"hello"}""", narrowed);
        var widened = await node.SendAsync(
            HttpMethod.Post, "/v1/metadata/greeting", """{"value":"hello"}""", new Dictionary<string, string>(Auth(ScopedToken(node, TokenScope.Read))) { [OverlordHeaders.Scope] = "admin" });

        Assert.Equal(200, read.Status);
        Assert.Equal((403, 403), (write.Status, widened.Status));
        Assert.Equal(404, (await node.GetAsync("/v1/metadata/greeting")).Status);
    }

    [Fact]
    public async Task A_parent_refuses_before_forwarding_to_an_original_child_that_ignores_scopes()
    {
        await using var original = await RunningNode.StartAsync(new NodeSpec { OriginalRoutesOnly = true });
        await using var root = await RunningNode.StartAsync(new NodeSpec { Chains = [ChainSpec.To("original", original)] });
        var read = Auth(ScopedToken(root, TokenScope.Read));

        var chained = await root.SendAsync(HttpMethod.Post, "/v1/chain/original/metadata/greeting", """{"value":"hello"}""", read);
        var ignored = await original.SendAsync(
            HttpMethod.Post, "/v1/metadata/greeting", """{"value":"direct"}""", new Dictionary<string, string> { [OverlordHeaders.Scope] = "read" });

        Assert.Equal(403, chained.Status);
        Assert.Equal(201, ignored.Status);
        Assert.Equal("direct", (await original.GetAsync("/v1/metadata/greeting")).Json["metadata"]!.GetValue<string>());
    }

    internal static string ScopedToken(RunningNode node, TokenScope scope) =>
        new TokenService(SigningKey.FromSecret(node.Secret), TimeProvider.System).Issue(new Dictionary<string, string>(), null, [scope]);

    private static Dictionary<string, string> Auth(string token) => new() { ["Authentication"] = "Bearer " + token };

    /// <summary>Records each request with the scope forwarded with it.</summary>
    private static Action<IApplicationBuilder> RecordScope(ConcurrentQueue<string> seen) => app => app.Use(async (context, next) =>
    {
        seen.Enqueue($"{context.Request.Method} {context.Request.Path} {context.Request.Headers[OverlordHeaders.Scope].FirstOrDefault() ?? "-"}");
        await next(context);
    });
}
