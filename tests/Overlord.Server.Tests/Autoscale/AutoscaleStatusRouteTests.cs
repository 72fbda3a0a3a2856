using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Client.Contract;
using Overlord.Server.Autoscale;

namespace Overlord.Server.Tests.Autoscale;

/// <summary><c>GET /v1/project/autoscale/{p}</c>: the status a node keeps, directly and through a chain.</summary>
public sealed class AutoscaleStatusRouteTests : IAsyncLifetime
{
    private RunningNode _child = null!;
    private RunningNode _node = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _child = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", ExtraYaml = AutoscaleTree.Polling });
        _node = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", Chains = [ChainSpec.To("child", _child)], ExtraYaml = AutoscaleTree.Polling });
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _child.DisposeAsync();
    }

    [Fact]
    public async Task A_cycle_shows_its_age_operation_and_logs_in_the_originals_order()
    {
        await AutoscaleTree.WriteAsync(_node, AutoscaleTree.Key, AutoscaleTree.Document("""{"labels": ["nowhere"]}"""));

        await _node.Service<AutoscaleCycle>().RunAsync(Token);
        var response = await _node.GetAsync("/v1/project/autoscale/web");

        Assert.Equal(200, response.Status);
        var status = response.Json["status"]!;
        Assert.Equal(["last_update", "operation", "logs"], status.AsObject().Select(pair => pair.Key));
        Assert.Equal("COMPLETED", status["operation"]!.GetValue<string>());
        Assert.Equal("Insufficient nodes to replicate the project (0/1)", status["logs"]![0]!["response"]!.GetValue<string>());
        Assert.InRange(status["last_update"]!.GetValue<double>(), 0, 60);
    }

    [Fact]
    public async Task A_project_without_status_is_not_found()
    {
        var response = await _node.GetAsync("/v1/project/autoscale/ghost");

        Assert.Equal((404, "Project 'ghost' cannot be found."), (response.Status, response.Message));
    }

    [Fact]
    public async Task Metadata_that_is_not_a_valid_document_fails_with_its_reason()
    {
        await AutoscaleTree.WriteAsync(_node, AutoscaleTree.Key, """{"projectFile": "x", "autoScale": {"type": "sideways"}}""");

        await _node.Service<AutoscaleCycle>().RunAsync(Token);
        var status = (await _node.GetAsync("/v1/project/autoscale/web")).Json["status"]!;

        Assert.Equal("FAILED", status["operation"]!.GetValue<string>());
        Assert.Equal("InvalidSpec", status["logs"]![0]!["exception"]!["type"]!.GetValue<string>());
        Assert.Contains("sideways", status["logs"]![0]!["exception"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_childs_status_is_read_through_the_chain()
    {
        var entry = new JsonObject { ["project"] = "web", ["context"] = "up", ["response"] = 7 };
        var record = new AutoscaleRecord(AutoscaleRecord.Completed, [JsonSerializer.SerializeToElement(entry, OverlordJson.Options)], DateTimeOffset.UtcNow, "hash");
        await _child.Service<AutoscaleStatusStore>().SaveAsync("web", record, Token);

        var response = await _node.GetAsync("/v1/chain/child/project/autoscale/web");

        Assert.Equal(200, response.Status);
        Assert.Equal(7, response.Json["status"]!["logs"]![0]!["response"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_status_outlives_a_restart()
    {
        await AutoscaleTree.WriteAsync(_node, AutoscaleTree.Key, AutoscaleTree.Document("""{"labels": ["nowhere"]}"""));
        await _node.Service<AutoscaleCycle>().RunAsync(Token);

        await _node.StopAsync();
        await _node.StartAgainAsync();
        var response = await _node.GetAsync("/v1/project/autoscale/web");

        Assert.Equal("COMPLETED", response.Json["status"]!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_service_runs_cycles_on_its_own()
    {
        await using var node = await RunningNode.StartAsync(new NodeSpec { Runtime = "process", ExtraYaml = "polling:\n  autoscale: 0\n  skew: [0, 0]\n" });
        await node.PostAsync("/v1/metadata/Makejail", """{"value": "STAGE start\nCMD sleep 600\n"}""");

        await AutoscaleTree.WriteAsync(node, AutoscaleTree.Key, AutoscaleTree.Document("""{"labels": ["all"]}"""));

        await AutoscaleTree.WaitStateAsync(node, "DONE");
    }
}
