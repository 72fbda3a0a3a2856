using System.Text.Json.Nodes;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>The autoscaler healing around a stopped node, removing a replica too many, and cleaning up.</summary>
public sealed class AutoscaleLifecycleTests : IAsyncLifetime
{
    private const string MinTwo = """{"replicas": {"min": 2}, "labels": ["web"], "metadata": ["Makejail"]}""";

    private AutoscaleTree _tree = null!;

    public async ValueTask InitializeAsync() => _tree = await AutoscaleTree.StartAsync();

    public ValueTask DisposeAsync() => _tree.DisposeAsync();

    [Fact]
    public async Task A_stopped_node_is_replaced_by_another_candidate()
    {
        await _tree.WriteAsync(MinTwo);
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Alpha, "DONE");

        await _tree.Alpha.StopAsync();
        await _tree.CycleAsync();

        await AutoscaleTree.WaitStateAsync(_tree.Bravo, "DONE");
        Assert.Equal(["up"], await AutoscaleTree.JobKindsAsync(_tree.Root));
    }

    [Fact]
    public async Task One_replica_too_many_is_removed_from_the_last_candidate()
    {
        foreach (var node in _tree.All)
        {
            await node.PostAsync("/v1/metadata/Makejail", """{"value": "STAGE start\nCMD sleep 600\n"}""");
            await node.PostAsync($"/v1/project/up/{AutoscaleTree.Project}", """{"director_file": "services:\n  app:\n    makejail: Makejail\n"}""");
        }

        await _tree.WaitJobsEndedAsync();
        await _tree.WriteAsync(MinTwo);
        await _tree.CycleAsync();
        await _tree.WaitJobsEndedAsync();

        Assert.Null(await AutoscaleTree.StateAsync(_tree.Bravo));
        Assert.Equal("DONE", await AutoscaleTree.StateAsync(_tree.Root));
        Assert.Equal("DONE", await AutoscaleTree.StateAsync(_tree.Alpha));

        // Logged as the original logged a scale-down (issue 10): no force, the node's answer as the response.
        var down = Assert.Single(await LogsAsync(), entry => entry!["context"]?.GetValue<string>() == "down")!;
        Assert.Equal(["project", "chain", "context", "response"], down.AsObject().Select(pair => pair.Key));
        Assert.Equal(["status_code", "job_id"], down["response"]!.AsObject().Select(pair => pair.Key));
        Assert.Equal(200, down["response"]!["status_code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cleanup_destroys_every_replica_then_removes_both_keys()
    {
        await _tree.WriteAsync(MinTwo);
        await _tree.CycleAsync();
        await _tree.WaitJobsEndedAsync();

        await AutoscaleTree.WriteAsync(_tree.Root, "overlord.autoscale-cleanup.web", """{"force": false}""");
        await _tree.CycleAsync();
        await _tree.WaitJobsEndedAsync();
        await _tree.CycleAsync();

        Assert.Equal(["up", "down"], await AutoscaleTree.JobKindsAsync(_tree.Root));
        Assert.Equal(["up", "down"], await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Null(await AutoscaleTree.StateAsync(_tree.Alpha));
        Assert.Equal(404, (await _tree.Root.GetAsync($"/v1/metadata/{AutoscaleTree.Key}")).Status);
        Assert.Equal(404, (await _tree.Root.GetAsync("/v1/metadata/overlord.autoscale-cleanup.web")).Status);
    }

    [Fact]
    public async Task Log_entries_keep_the_originals_shape_with_the_nodes_answer_as_response()
    {
        await _tree.WriteAsync(MinTwo);
        await _tree.CycleAsync();
        await _tree.WaitJobsEndedAsync();
        await AutoscaleTree.WriteAsync(_tree.Root, "overlord.autoscale-cleanup.web", """{"force": false}""");
        await _tree.CycleAsync();

        var logs = await LogsAsync();

        var up = logs.First(entry => entry!["context"]?.GetValue<string>() == "up")!;
        Assert.Equal(["project", "chain", "context", "response"], up.AsObject().Select(pair => pair.Key));
        Assert.Equal(["status_code", "job_id"], up["response"]!.AsObject().Select(pair => pair.Key));
        var down = logs.First(entry => entry!["context"]?.GetValue<string>() == "down")!;
        Assert.Equal(["project", "chain", "force", "context", "response"], down.AsObject().Select(pair => pair.Key));
        Assert.Equal(200, down["response"]!["status_code"]!.GetValue<int>());
        Assert.True(down["response"]!["job_id"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task Cleanup_keeps_the_keys_while_a_candidate_cannot_be_asked()
    {
        await _tree.WriteAsync(MinTwo);
        await _tree.CycleAsync();
        await _tree.WaitJobsEndedAsync();
        await _tree.Bravo.StopAsync();

        await AutoscaleTree.WriteAsync(_tree.Root, "overlord.autoscale-cleanup.web", """{"force": true}""");
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, null);
        await AutoscaleTree.WaitStateAsync(_tree.Alpha, null);
        // The state goes before the down job is marked ended; a cycle that still sees the job waits for it.
        await _tree.WaitJobsEndedAsync(_tree.Root, _tree.Alpha);
        await _tree.CycleAsync();

        Assert.Equal(200, (await _tree.Root.GetAsync($"/v1/metadata/{AutoscaleTree.Key}")).Status);
        Assert.Contains("failed chain", (await _tree.Root.GetAsync("/v1/project/autoscale/web")).Text, StringComparison.Ordinal);
    }

    private async Task<JsonArray> LogsAsync() =>
        (await _tree.Root.GetAsync("/v1/project/autoscale/web")).Json["status"]!["logs"]!.AsArray();
}
