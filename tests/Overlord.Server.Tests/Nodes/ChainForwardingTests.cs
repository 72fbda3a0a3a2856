using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Overlord.Server.Chains;
using Overlord.Server.Jobs;
using Overlord.Server.Tests.Api;

namespace Overlord.Server.Tests.Nodes;

public sealed class ChainForwardingTests
{
    [Fact]
    public async Task Deploy_by_chain_path_runs_the_job_on_the_tail_only()
    {
        await using var tree = await NodeTree.StartAsync();

        var response = await tree.Root.PostAsync("/v1/chain/alpha.charlie/project/up/web", ProjectRoutesTests.UpBody());

        Assert.Equal(200, response.Status);
        var job = await tree.Charlie.JobEndedAsync(response.Json["job_id"]!.GetValue<long>());
        Assert.Equal(JobState.Completed, job.State);
        Assert.Equal("web", job.Project);
        foreach (var other in new[] { tree.Root, tree.Alpha, tree.Bravo })
        {
            Assert.Empty(await other.Service<JobQueue>().ListAsync("web", TestContext.Current.CancellationToken));
        }

        var info = await tree.Root.GetAsync("/v1/chain/alpha.charlie/project/info/web");
        Assert.Equal("DONE", info.Json["info"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_chained_create_answers_200_with_the_tails_message_as_the_original()
    {
        await using var tree = await NodeTree.StartAsync();

        var created = await tree.Root.PostAsync("/v1/chain/alpha.charlie/metadata/greeting", """{"value":"hello"}""");
        var read = await tree.Charlie.GetAsync("/v1/metadata/greeting");

        Assert.Equal((200, "Metadata 'greeting' has been successfully created."), (created.Status, created.Message));
        Assert.Equal(200, created.Json["status_code"]!.GetValue<int>());
        Assert.Equal("hello", read.Json["metadata"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("metadata/greeting", """{"value":"hello"}""")]
    [InlineData("namespace/web", """{"mapping": [{"directory": "var/run"}]}""")]
    public async Task A_chained_delete_answers_204_without_a_body_and_logs_no_error(string route, string created)
    {
        // Issue 10, item 2: a 204 has no body to copy, and a client that sends no Accept-Encoding (as this one)
        // once made each hop log "Writing to the response body is invalid for responses with status code 204".
        await using var tree = await NodeTree.StartAsync();
        await tree.Root.PostAsync($"/v1/chain/alpha.charlie/{route}", created);

        var deleted = await tree.Root.SendAsync(HttpMethod.Delete, $"/v1/chain/alpha.charlie/{route}");
        var read = await tree.Charlie.GetAsync($"/v1/{route}");

        Assert.Equal((204, ""), (deleted.Status, deleted.Text));
        Assert.Equal(404, read.Status);
        Assert.Empty(tree.All.SelectMany(node => node.Logs.AtLeast(LogLevel.Error)));
    }

    [Fact]
    public async Task Head_and_query_go_through_as_they_are()
    {
        await using var tree = await NodeTree.StartAsync();

        var head = await tree.Root.SendAsync(HttpMethod.Head, "/v1/chain/alpha/project/info/ghost");
        var jobs = await tree.Root.GetAsync("/v1/chain/alpha/project/jobs/ghost?limit=0");

        Assert.Equal(404, head.Status);
        Assert.Equal(400, jobs.Status);
        Assert.Equal("'limit' has an unexpected value.", jobs.Message);
    }

    [Fact]
    public async Task Unknown_next_entrypoint_answers_404()
    {
        await using var tree = await NodeTree.StartAsync();

        var response = await tree.Root.GetAsync("/v1/chain/zulu/ping");

        Assert.Equal((404, "Next entrypoint 'zulu' cannot be found."), (response.Status, response.Message));
    }

    [Fact]
    public async Task Unreachable_tail_answers_the_chain_error_envelope_and_counts()
    {
        await using var tree = await NodeTree.StartAsync();
        await tree.Bravo.StopAsync();

        var response = await tree.Root.GetAsync("/v1/chain/bravo/projects");

        Assert.Equal(503, response.Status);
        var body = response.Json.AsObject();
        Assert.Equal(["status_code", "function", "entrypoint", "chain", "error", "message"], body.Select(pair => pair.Key));
        Assert.Equal(("get_projects", "bravo", "", "ConnectError"), (S(body, "function"), S(body, "entrypoint"), S(body, "chain"), S(body, "error")));
        Assert.Contains("cannot reach", S(body, "message"), StringComparison.Ordinal);
        Assert.Equal(1, Failures(tree.Root, "bravo"));
    }

    [Fact]
    public async Task Failure_below_the_next_hop_is_passed_up_and_only_the_tail_counts_it()
    {
        await using var tree = await NodeTree.StartAsync();
        await tree.Charlie.StopAsync();

        var response = await tree.Root.GetAsync("/v1/chain/alpha.charlie/projects");

        Assert.Equal(503, response.Status);
        Assert.Equal(("charlie", ""), (S(response.Json, "entrypoint"), S(response.Json, "chain")));
        Assert.Equal(0, Failures(tree.Root, "alpha"));
        Assert.Equal(1, Failures(tree.Alpha, "charlie"));
    }

    [Fact]
    public async Task Client_error_of_the_tail_is_an_envelope_that_does_not_count()
    {
        await using var tree = await NodeTree.StartAsync();

        var response = await tree.Root.GetAsync("/v1/chain/alpha/project/info/ghost");

        Assert.Equal(404, response.Status);
        Assert.Equal(("get_info", "HTTPStatusError", "Project 'ghost' cannot be found."), (S(response.Json, "function"), S(response.Json, "error"), S(response.Json, "message")));
        Assert.Equal(0, Failures(tree.Root, "alpha"));
    }

    [Fact]
    public async Task Disabled_tail_is_refused_without_a_call_under_strict()
    {
        await using var tree = await NodeTree.StartAsync();
        tree.Root.Service<ChainAvailability>().RecordFailure("alpha", "test");
        tree.Root.Service<ChainAvailability>().RecordFailure("alpha", "test");

        var response = await tree.Root.GetAsync("/v1/chain/alpha/ping");

        Assert.Equal(503, response.Status);
        Assert.Equal(("UnavailableChain", "Chain disabled by smart timeouts"), (S(response.Json, "error"), S(response.Json, "message")));
    }

    [Fact]
    public async Task Success_clears_the_counters_of_the_next_hop()
    {
        await using var tree = await NodeTree.StartAsync();
        tree.Root.Service<ChainAvailability>().RecordFailure("alpha", "test");

        await tree.Root.GetAsync("/v1/chain/alpha/ping");

        Assert.Equal(0, Failures(tree.Root, "alpha"));
    }

    private static string S(JsonNode body, string name) => body[name]!.GetValue<string>();

    private static int Failures(RunningNode node, string chain)
    {
        using var connection = node.Service<Overlord.Server.Storage.NodeDatabase>().Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT failures FROM chain_failures WHERE chain = $chain;";
        command.Parameters.AddWithValue("$chain", chain);
        return command.ExecuteScalar() is long failures ? (int)failures : 0;
    }
}
