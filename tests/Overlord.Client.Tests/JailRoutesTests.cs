using Overlord.Client.Http;
using Overlord.Client.Tests.Support;
using Overlord.Core.Jails;

namespace Overlord.Client.Tests;

public sealed class JailRoutesTests
{
    [Fact]
    public async Task Jail_item_reads_the_list_under_the_items_own_name()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/expose/web", Canned.Ok("""
            {"status_code": 200, "expose": [{"enabled": "1", "name": null, "network_name": "ajnet", "hport": "8080", "jport": "80", "protocol": "tcp", "nro": "0"}]}
            """));

        var result = await node.Client().GetJailItemAsync("web", JailItem.Expose, TestContext.Current.CancellationToken);

        var entry = Assert.Single(result.Value!);
        Assert.Equal(("8080", "80", null), (entry["hport"], entry["jport"], entry["name"]));
    }

    [Fact]
    public async Task Jail_item_not_yet_polled_is_an_empty_list()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/volumes/web", Canned.Ok("""{"status_code": 200}"""));

        var result = await node.Client().GetJailItemAsync("web", JailItem.Volumes, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value);
    }

    [Fact]
    public async Task Stats_read_counters_as_numbers()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/stats/web", Canned.Ok("""{"status_code": 200, "stats": {"cputime": 12, "memoryuse": 104857600, "pcpu": 0}}"""));

        var stats = (await node.Client().GetJailStatsAsync("web", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(104857600, stats["memoryuse"]);
        Assert.Equal(3, stats.Count);
    }

    [Fact]
    public async Task Jail_info_accepts_null_and_non_string_values()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/info/web", Canned.Ok("""{"status_code": 200, "info": {"name": "web", "status": "UP", "alt_name": null, "priority": 99}}"""));

        var info = (await node.Client().GetJailInfoAsync("web", TestContext.Current.CancellationToken)).Value!;

        Assert.Equal(("UP", null, "99"), (info["status"], info["alt_name"], info["priority"]));
    }

    [Fact]
    public async Task Jails_logs_read_the_nested_tree()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jails/logs", Canned.Ok("""{"status_code": 200, "logs": {"jails": {"web": {"console": ["2026-01-02.log", "2026-01-03.log"]}}}}"""));

        var logs = (await node.Client().GetJailsLogsAsync(TestContext.Current.CancellationToken)).Value!.Logs;

        Assert.Equal(["2026-01-02.log", "2026-01-03.log"], logs["jails"]["web"]["console"]);
    }

    [Fact]
    public async Task Jail_exists_maps_200_and_404_to_true_and_false()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("HEAD", "/v1/jail/info/web", new Canned(200));
        node.On("HEAD", "/v1/jail/info/gone", new Canned(404));
        var client = node.Client();

        var web = await client.JailExistsAsync("web", TestContext.Current.CancellationToken);
        var gone = await client.JailExistsAsync("gone", TestContext.Current.CancellationToken);

        Assert.Equal((true, true), (web.IsSuccess, web.Value));
        Assert.Equal((true, false), (gone.IsSuccess, gone.Value));
    }

    [Theory]
    [InlineData("..", "web", "console", "x.log")]
    [InlineData("jails", "web", "console", "../../etc/passwd")]
    [InlineData("jails", "we/b", "console", "x.log")]
    public async Task Log_path_escaping_its_folder_is_refused(string type, string entity, string subtype, string log)
    {
        await using var node = await FakeNode.StartAsync();

        var result = await node.Client().GetJailLogAsync(type, entity, subtype, log, TestContext.Current.CancellationToken);

        Assert.Equal(ApiFailure.InvalidArgument, result.Failure);
        Assert.Empty(node.Requests);
    }

    [Fact]
    public async Task Jail_log_returns_its_content()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/log/jails/web/console/2026-01-02.log", Canned.Ok("""{"status_code": 200, "log_content": "started\n"}"""));

        var result = await node.Client().GetJailLogAsync("jails", "web", "console", "2026-01-02.log", TestContext.Current.CancellationToken);

        Assert.Equal("started\n", result.Value);
    }

    [Fact]
    public async Task Cpuset_of_a_stopped_jail_is_null()
    {
        await using var node = await FakeNode.StartAsync();
        node.On("GET", "/v1/jail/cpuset/web", Canned.Ok("""{"status_code": 200, "cpuset": null}"""));

        var result = await node.Client().GetJailCpusetAsync("web", TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Null(result.Value.Cpuset);
    }
}
