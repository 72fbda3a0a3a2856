using Overlord.Server.Tests.Nodes;

namespace Overlord.Server.Tests.Api;

/// <summary>The jail routes of a node without a jail inspector: they answer from the runtime alone.</summary>
public sealed class JailRoutesTests : IAsyncLifetime
{
    private RunningNode _node = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await RunningNode.StartAsync();
        Directory.CreateDirectory(Path.Combine(_node.Tools.JailsDirectory, "web-jail"));
    }

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Jails_lists_the_jails_folder()
    {
        var response = await _node.GetAsync("/v1/jails");

        Assert.Equal("""{"status_code":200,"jails":["web-jail"]}""", response.Text);
    }

    [Fact]
    public async Task Info_of_a_jail_names_it_and_gives_its_status()
    {
        var info = (await _node.GetAsync("/v1/jail/info/web-jail")).Json["info"]!;

        Assert.Equal("web-jail", info["name"]!.GetValue<string>());
        Assert.Matches("^(UP|DOWN)$", info["status"]!.GetValue<string>());
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
    public async Task Stats_items_and_cpuset_are_empty_without_an_inspector()
    {
        var stats = await _node.GetAsync("/v1/jail/stats/web-jail");
        var expose = await _node.GetAsync("/v1/jail/expose/web-jail");
        var cpuset = await _node.GetAsync("/v1/jail/cpuset/web-jail");
        var total = await _node.GetAsync("/v1/stats");

        Assert.Equal("""{"status_code":200,"stats":{}}""", stats.Text);
        Assert.Equal("""{"status_code":200,"expose":[]}""", expose.Text);
        Assert.Equal("""{"status_code":200,"cpuset":null}""", cpuset.Text);
        Assert.Equal("""{"status_code":200,"stats":{}}""", total.Text);
    }

    [Fact]
    public async Task Unknown_item_matches_no_route()
    {
        var response = await _node.GetAsync("/v1/jail/colour/web-jail");

        Assert.Equal((404, "Resource not found."), (response.Status, response.Message));
    }
}
