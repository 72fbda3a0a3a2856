namespace Overlord.Server.Tests.Api;

/// <summary>The jail routes of an appjail node: answered by the AppJail inspector (over the fake tools).</summary>
public sealed class JailRoutesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        var jobId = (await _node.PostAsync("/v1/project/up/web", ProjectRoutesTests.UpBody())).Json["job_id"]!.GetValue<long>();
        await _node.JobEndedAsync(jobId);
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Jails_lists_the_jails_of_the_node()
    {
        var response = await _node.GetAsync("/v1/jails");

        Assert.Equal("""{"status_code":200,"jails":["web-jail"]}""", response.Text);
    }

    [Fact]
    public async Task Info_gives_the_jails_keywords()
    {
        var info = (await _node.GetAsync("/v1/jail/info/web-jail")).Json["info"]!;

        Assert.Equal("web-jail", info["name"]!.GetValue<string>());
        Assert.Equal("UP", info["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Info_of_an_unknown_jail_answers_404_and_head_agrees()
    {
        var response = await _node.GetAsync("/v1/jail/info/ghost");
        var head = await _node.SendAsync(HttpMethod.Head, "/v1/jail/info/ghost");
        var known = await _node.SendAsync(HttpMethod.Head, "/v1/jail/info/web-jail");

        Assert.Equal((404, "Jail 'ghost' cannot be found."), (response.Status, response.Message));
        Assert.Equal((404, 200), (head.Status, known.Status));
    }

    [Fact]
    public async Task Cpuset_and_items_of_a_running_jail()
    {
        var cpuset = await _node.GetAsync("/v1/jail/cpuset/web-jail");
        var expose = await _node.GetAsync("/v1/jail/expose/web-jail");

        Assert.Equal("0, 1", cpuset.Json["cpuset"]!.GetValue<string>());
        Assert.NotNull(expose.Json["expose"]!.AsArray());
    }

    [Fact]
    public async Task Stats_of_the_node_sum_the_jails()
    {
        var jail = (await _node.GetAsync("/v1/jail/stats/web-jail")).Json["stats"]!.AsObject();
        var total = (await _node.GetAsync("/v1/stats")).Json["stats"]!.AsObject();

        Assert.NotEmpty(jail);
        Assert.Equal(jail.Select(pair => pair.Key).Order(StringComparer.Ordinal), total.Select(pair => pair.Key));
    }

    [Fact]
    public async Task Unknown_item_matches_no_route()
    {
        var response = await _node.GetAsync("/v1/jail/colour/web-jail");

        Assert.Equal((404, "Resource not found."), (response.Status, response.Message));
    }
}
