using Overlord.Server.Chains;

namespace Overlord.Server.Tests.Api;

public sealed class NodeRoutesTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9/");

    [Fact]
    public async Task Ping_and_labels_answer_with_status_code()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Labels = ["web", "eu"] });

        var ping = await node.GetAsync("/v1/ping");
        var labels = await node.GetAsync("/v1/labels");

        Assert.Equal("""{"status_code":200,"status":"OK"}""", ping.Text);
        Assert.Equal("""{"status_code":200,"labels":["web","eu"]}""", labels.Text);
    }

    [Fact]
    public async Task Chains_lists_configured_chains_except_those_marked_disable()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [new ChainSpec("alpha", Nowhere, "t"), new ChainSpec("bravo", Nowhere, "t", "disable: true\n")],
        });

        var response = await node.GetAsync("/v1/chains");

        Assert.Equal(["alpha"], response.Json["chains"]!.AsArray().Select(name => name!.GetValue<string>()));
    }

    [Fact]
    public async Task Chains_hides_a_chain_disabled_by_smart_timeouts()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Chains = [new ChainSpec("alpha", Nowhere, "t")] });
        Fail(node, "alpha", 2);

        var response = await node.GetAsync("/v1/chains");

        Assert.Empty(response.Json["chains"]!.AsArray());
    }

    [Fact]
    public async Task Chains_lists_a_disabled_chain_when_autodisable_is_not_enabled()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec
        {
            Chains = [new ChainSpec("alpha", Nowhere, "t")],
            ExtraYaml = "autodisable:\n  enabled: false\n",
        });
        Fail(node, "alpha", 2);

        var response = await node.GetAsync("/v1/chains");

        Assert.Equal(["alpha"], response.Json["chains"]!.AsArray().Select(name => name!.GetValue<string>()));
    }

    [Fact]
    public async Task Metrics_show_requests_and_jobs_in_prometheus_text()
    {
        await using var node = await RunningNode.StartAsync();
        await node.GetAsync("/v1/ping");

        var response = await node.GetAsync("/metrics");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/plain", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.True(response.Text.Contains("overlord_http_requests_total{method=\"GET\",route=\"/v1/ping\",status=\"200\"} 1\n", StringComparison.Ordinal), response.Text);
        Assert.Contains("overlord_jobs{state=\"queued\"} 0\n", response.Text, StringComparison.Ordinal);
        Assert.Contains("# TYPE overlord_http_request_duration_seconds histogram\n", response.Text, StringComparison.Ordinal);
    }

    private static void Fail(RunningNode node, string chain, int times)
    {
        for (var i = 0; i < times; i++)
        {
            node.Service<ChainAvailability>().RecordFailure(chain, "test");
        }
    }
}
