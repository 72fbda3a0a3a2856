namespace Overlord.Server.Tests.Api;

/// <summary>The jail routes of a process-runtime node, which has no jail inspector: they answer from the runtime alone.</summary>
public sealed class RuntimeOnlyJailRoutesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync(new NodeSpec { Runtime = "process" });
        await _node.PostAsync("/v1/metadata/Makejail", """{"value": "STAGE start\nCMD sleep 600\n"}""");
        var body = """{"director_file": "services:\n  app:\n    name: app-jail\n    options:\n      - label: \"team:shop\"\n"}""";
        var jobId = (await _node.PostAsync("/v1/project/up/app", body)).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Info_names_the_jail_and_gives_its_status()
    {
        var response = await _node.GetAsync("/v1/jail/info/app-jail");

        Assert.Equal("""{"status_code":200,"info":{"name":"app-jail","status":"UP"}}""", response.Text);
    }

    [Fact]
    public async Task Stats_items_and_cpuset_are_empty()
    {
        var stats = await _node.GetAsync("/v1/jail/stats/app-jail");
        var nat = await _node.GetAsync("/v1/jail/nat/app-jail");
        var cpuset = await _node.GetAsync("/v1/jail/cpuset/app-jail");
        var total = await _node.GetAsync("/v1/stats");

        Assert.Equal("""{"status_code":200,"stats":{}}""", stats.Text);
        Assert.Equal("""{"status_code":200,"nat":[]}""", nat.Text);
        Assert.Equal("""{"status_code":200,"cpuset":null}""", cpuset.Text);
        Assert.Equal("""{"status_code":200,"stats":{}}""", total.Text);
    }

    [Fact]
    public async Task Labels_are_the_services_label_options()
    {
        var labels = await _node.GetAsync("/v1/jail/labels/app-jail");

        Assert.Equal("""{"status_code":200,"labels":[{"value":"shop","name":"team"}]}""", labels.Text);
    }

    [Fact]
    public async Task Unknown_jail_answers_404_on_every_route()
    {
        var info = await _node.GetAsync("/v1/jail/info/ghost");
        var stats = await _node.GetAsync("/v1/jail/stats/ghost");
        var head = await _node.SendAsync(HttpMethod.Head, "/v1/jail/info/ghost");

        Assert.Equal((404, "Jail 'ghost' cannot be found."), (info.Status, info.Message));
        Assert.Equal((404, "Jail 'ghost' cannot be found."), (stats.Status, stats.Message));
        Assert.Equal(404, head.Status);
    }
}
