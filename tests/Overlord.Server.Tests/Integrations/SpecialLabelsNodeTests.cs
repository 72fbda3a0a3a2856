using System.Text.Json.Nodes;
using Overlord.Server.Node;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

/// <summary>
/// A whole node (process runtime, or AppJail over the fake tools) whose overlord.yml points at a real etcd:
/// deploying a project with <c>overlord.skydns</c> labels announces it, destroying it removes the records.
/// </summary>
public sealed class SpecialLabelsNodeTests(EtcdServer etcd) : IClassFixture<EtcdServer>, IAsyncLifetime
{
    private static readonly string DirectorFile = $"""
        options:
          - label: "overlord.skydns:1"
          - label: "overlord.skydns.interface:{Loopback.Name}"
          - label: "overlord.skydns.interface.address:127.0.0.0/8"
        services:
          web:
            name: shop-web
            options:
              - label: "overlord.skydns.group:web"
              - label: "overlord.skydns.ptr:1"
        """;

    private RunningNode? _node;

    public async ValueTask InitializeAsync() => await etcd.ClearAsync();

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("process")]
    [InlineData("appjail")]
    public async Task Up_announces_the_service_in_etcd_and_down_removes_it(string runtime)
    {
        var node = await StartNodeAsync(runtime, etcd.ConfigYaml);
        var serverId = node.Service<NodeIdentity>().ServerId;

        var up = await RunAsync("up", DirectorFile);
        var announced = await etcd.AllAsync();
        var down = await RunAsync("down", null);

        Assert.Equal("COMPLETED", up["operation"]!.GetValue<string>());
        Assert.Contains("records have been updated", up["labels"]!["skydns"]!["web"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [$"/skydns/org/example/web/{serverId}/shop/web/"] = """{"host": "127.0.0.1", "ttl": 60, "group": "web"}""",
                ["/skydns/arpa/in-addr/127/0/0/1"] = """{"host": "web.example.org", "group": "web"}""",
            },
            announced);
        Assert.Equal("COMPLETED", down["operation"]!.GetValue<string>());
        Assert.Empty(await etcd.AllAsync());
    }

    [Fact]
    public async Task Up_is_INCOMPLETED_when_etcd_cannot_be_reached()
    {
        await StartNodeAsync("process", $"etcd:\n  127.0.0.1:\n    port: {EtcdServer.FreePort()}\n");

        var up = await RunAsync("up", DirectorFile);

        Assert.Equal("INCOMPLETED", up["operation"]!.GetValue<string>());
        Assert.True(up["labels"]!["skydns"]!["web"]!["error"]!.GetValue<bool>());
        Assert.Contains("All etcd instances", up["labels"]!["skydns"]!["web"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Down_keeps_the_project_when_its_labels_fail()
    {
        await StartNodeAsync("process", $"etcd:\n  127.0.0.1:\n    port: {EtcdServer.FreePort()}\n");
        await RunAsync("up", DirectorFile);

        var down = await RunAsync("down", null);

        Assert.Equal("INCOMPLETED", down["operation"]!.GetValue<string>());
        Assert.Null(down["output"]);
        Assert.Equal("DONE", (await InfoAsync())["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forced_down_destroys_the_project_even_when_its_labels_fail()
    {
        await StartNodeAsync("process", $"etcd:\n  127.0.0.1:\n    port: {EtcdServer.FreePort()}\n");
        await RunAsync("up", DirectorFile);

        var down = await RunAsync("down", null, """{"force": true}""");

        Assert.Equal("INCOMPLETED", down["operation"]!.GetValue<string>());
        Assert.True(down["labels"]!["skydns"]!["web"]!["error"]!.GetValue<bool>());
        Assert.Empty((await _node!.GetAsync("/v1/projects/")).Json["projects"]!.AsArray());
    }

    private async Task<RunningNode> StartNodeAsync(string runtime, string etcdYaml)
    {
        _node = await RunningNode.StartAsync(new NodeSpec { Runtime = runtime, ExtraYaml = etcdYaml + "skydns:\n  zone: example.org.\n" });
        await _node.PostAsync("/v1/metadata/Makejail", """{"value": "STAGE start\nCMD sleep 600\n"}""");
        return _node;
    }

    /// <summary>Runs an up or a down of the project <c>shop</c> to its end and returns that status from project/info.</summary>
    private async Task<JsonNode> RunAsync(string action, string? directorFile, string? body = null)
    {
        body ??= directorFile is null ? "{}" : new JsonObject { ["director_file"] = directorFile }.ToJsonString();
        var jobId = (await _node!.PostAsync($"/v1/project/{action}/shop", body)).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);
        return (await InfoAsync())[action]!;
    }

    private async Task<JsonNode> InfoAsync() => (await _node!.GetAsync("/v1/project/info/shop")).Json["info"]!;
}
