using System.Text.Json.Nodes;

namespace Overlord.Server.Tests.Autoscale;

/// <summary>Scaling up by one under HAProxy pressure, with the replicated metadata written to the new node.</summary>
public sealed class AutoscaleRulesTests : IAsyncLifetime
{
    private const string ScaleOnSessions =
        """{"replicas": {"min": 1}, "labels": ["web"], "metadata": ["Makejail"], "load-balancer": {"frontend": {"name": "web", "rules": {"and": {"scur": {"value": 10}}}}}}""";

    private FakeHaproxyStats _haproxy = null!;
    private AutoscaleTree _tree = null!;

    public async ValueTask InitializeAsync()
    {
        _haproxy = await FakeHaproxyStats.StartAsync();
        _tree = await AutoscaleTree.StartAsync(
            $"haproxy_stats:\n  entrypoint: '{_haproxy.Entrypoint}'\n  auth:\n    username: {FakeHaproxyStats.Username}\n    password: {FakeHaproxyStats.Password}\n");
    }

    public async ValueTask DisposeAsync()
    {
        await _tree.DisposeAsync();
        await _haproxy.DisposeAsync();
    }

    [Fact]
    public async Task Sessions_over_the_limit_add_one_replica_on_the_next_candidate_with_its_metadata()
    {
        _haproxy.Page = HaproxyStatsJson.Page(HaproxyStatsJson.Proxy("Frontend", "web", ("scur", "Gauge", 50)));
        await _tree.WriteAsync(ScaleOnSessions);
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");

        await _tree.CycleAsync();

        Assert.Equal(["up"], await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Empty(await AutoscaleTree.JobKindsAsync(_tree.Bravo));
        Assert.Equal("STAGE start\nCMD sleep 600\n", (await _tree.Alpha.GetAsync("/v1/metadata/Makejail")).Json["metadata"]!.GetValue<string>());
        var logs = (await _tree.Root.GetAsync("/v1/project/autoscale/web")).Json["status"]!["logs"]!.AsArray();
        Assert.Contains(logs, entry => entry!["context"]?.GetValue<string>() == "load-balancer" && entry["response"]!.GetValue<bool>() == false);
    }

    [Fact]
    public async Task Sessions_under_the_limit_leave_the_replicas_as_they_are()
    {
        _haproxy.Page = HaproxyStatsJson.Page(HaproxyStatsJson.Proxy("Frontend", "web", ("scur", "Gauge", 2)));
        await _tree.WriteAsync(ScaleOnSessions);
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");

        await _tree.CycleAsync();

        Assert.Equal(["up"], await AutoscaleTree.JobKindsAsync(_tree.Root));
        Assert.Empty(await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Equal(404, (await _tree.Alpha.GetAsync("/v1/metadata/Makejail")).Status);
    }

    [Fact]
    public async Task A_rule_that_cannot_be_read_is_logged_and_changes_nothing()
    {
        _haproxy.Page = HaproxyStatsJson.Page(HaproxyStatsJson.Proxy("Frontend", "web", ("scur", "Gauge", JsonValue.Create("many"))));
        await _tree.WriteAsync(ScaleOnSessions);
        await _tree.CycleAsync();
        await AutoscaleTree.WaitStateAsync(_tree.Root, "DONE");

        await _tree.CycleAsync();

        Assert.Empty(await AutoscaleTree.JobKindsAsync(_tree.Alpha));
        Assert.Contains("RuleError", (await _tree.Root.GetAsync("/v1/project/autoscale/web")).Text, StringComparison.Ordinal);
    }
}
