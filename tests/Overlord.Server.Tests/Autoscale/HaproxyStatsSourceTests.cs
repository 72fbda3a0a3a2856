using System.Text.Json.Nodes;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Autoscale;
using Overlord.Server.Storage;

namespace Overlord.Server.Tests.Autoscale;

public sealed class HaproxyStatsSourceTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private FakeHaproxyStats _haproxy = null!;
    private NodeDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _haproxy = await FakeHaproxyStats.StartAsync();
        _database = await NodeDatabase.OpenAsync(_folder.Path, Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _haproxy.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Read_GivesTheNamedFrontendsMetricsOverBasicAuth()
    {
        _haproxy.Page = HaproxyStatsJson.Page(
            HaproxyStatsJson.Proxy("Frontend", "other", ("scur", "Gauge", 99)),
            HaproxyStatsJson.Proxy("Frontend", "web", ("scur", "Gauge", 3), ("mode", "Output", "http")),
            HaproxyStatsJson.Proxy("Backend", "web", ("scur", "Gauge", 42)));
        using var source = Source(FakeHaproxyStats.Password);

        var read = await source.ReadAsync(HaproxyStatsParser.Frontend, "web", Token);
        var (metrics, error) = (read.Value, read.Error?.Message);

        Assert.Null(error);
        Assert.Equal(HaproxyValue.Of(3), metrics!["scur"]);
        Assert.Equal(HaproxyValue.Of("http"), metrics["mode"]);
        Assert.False(metrics.ContainsKey("status"));
    }

    [Fact]
    public async Task Read_WithAWrongPassword_IsAnErrorNamingTheStatus()
    {
        using var source = Source("wrong");

        var read = await source.ReadAsync(HaproxyStatsParser.Frontend, "web", Token);
        var (metrics, error) = (read.Value, read.Error?.Message);

        Assert.Null(metrics);
        Assert.Contains("401", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ACounterAfterAReload_KeepsWhatWasCountedOnce()
    {
        using var source = Source(FakeHaproxyStats.Password);
        var totals = new List<HaproxyValue>();
        foreach (var stot in new[] { 100, 3, 5 })
        {
            _haproxy.Page = HaproxyStatsJson.Page(HaproxyStatsJson.Proxy("Backend", "web", ("stot", "Counter", stot), ("scur", "Gauge", stot)));
            var read = await source.ReadAsync(HaproxyStatsParser.Backend, "web", Token);
            var metrics = read.Value;
            totals.Add(metrics!["stot"]);
            Assert.Equal(HaproxyValue.Of(stot), metrics["scur"]);
        }

        Assert.Equal([HaproxyValue.Of(100), HaproxyValue.Of(103), HaproxyValue.Of(105)], totals);
    }

    [Fact]
    public async Task Read_WithoutHaproxyStatsConfigured_IsAnError()
    {
        using var source = new HaproxyStatsSource(new OverlordConfig(), new HaproxyCounterStore(_database));

        var read = await source.ReadAsync(HaproxyStatsParser.Frontend, "web", Token);
        var (metrics, error) = (read.Value, read.Error?.Message);

        Assert.Null(metrics);
        Assert.Contains("haproxy_stats", error, StringComparison.Ordinal);
        Assert.Equal(0, _haproxy.Requests);
    }

    [Fact]
    public void Parse_AnUnknownProxy_HasNoMetrics()
    {
        var page = JsonNode.Parse(HaproxyStatsJson.Page(HaproxyStatsJson.Proxy("Frontend", "web", ("scur", "Gauge", 1))))!;

        var metrics = HaproxyStatsParser.Parse(System.Text.Json.JsonSerializer.SerializeToElement(page), HaproxyStatsParser.Backend, "web");

        Assert.Empty(metrics);
    }

    private HaproxyStatsSource Source(string password)
    {
        var yaml = $"haproxy_stats:\n  entrypoint: '{_haproxy.Entrypoint}'\n  auth:\n    username: {FakeHaproxyStats.Username}\n    password: {password}\n";
        var config = ConfigLoader.Parse(yaml, "node.yml", VariableSource.Empty);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics.Errors));
        return new HaproxyStatsSource(config.Config!, new HaproxyCounterStore(_database));
    }
}
