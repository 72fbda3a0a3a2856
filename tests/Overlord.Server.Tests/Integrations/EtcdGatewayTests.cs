using Overlord.Core.Config;
using Overlord.Server.Integrations.SkyDns;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

public sealed class EtcdGatewayTests(EtcdServer etcd) : IClassFixture<EtcdServer>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await etcd.ClearAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Put_Get_Delete_GoThroughTheJsonGateway()
    {
        using var gateway = Gateway(("127.0.0.1", etcd.ClientPort));

        var put = await gateway.PutAsync("/skydns/a", "{\"host\": \"10.0.0.5\"}", TestContext.Current.CancellationToken);
        var read = await gateway.GetAsync("/skydns/a", TestContext.Current.CancellationToken);
        var deleted = await gateway.DeleteAsync("/skydns/a", TestContext.Current.CancellationToken);
        var deletedAgain = await gateway.DeleteAsync("/skydns/a", TestContext.Current.CancellationToken);

        Assert.Equal((true, "{\"host\": \"10.0.0.5\"}", true, false), (put.Value, Assert.Single(read.Value!).Value, deleted.Value, deletedAgain.Value));
        Assert.Empty(await etcd.AllAsync());
    }

    [Fact]
    public async Task GetPrefix_ReturnsOnlyKeysUnderThePrefix()
    {
        await etcd.PutAsync("/skydns/web/1/", "a");
        await etcd.PutAsync("/skydns/web/2/", "b");
        await etcd.PutAsync("/skydns/web0", "c");
        using var gateway = Gateway(("127.0.0.1", etcd.ClientPort));

        var found = await gateway.GetPrefixAsync("/skydns/web/", TestContext.Current.CancellationToken);

        Assert.Equal([KeyValuePair.Create("/skydns/web/1/", "a"), KeyValuePair.Create("/skydns/web/2/", "b")], found.Value);
    }

    [Fact]
    public async Task FailingFirstHost_TheNextOneAnswers()
    {
        using var gateway = Gateway(("localhost", EtcdServer.FreePort()), ("127.0.0.1", etcd.ClientPort));

        var put = await gateway.PutAsync("/skydns/b", "v", TestContext.Current.CancellationToken);

        Assert.True(put.IsSuccess, put.Error?.Message);
        Assert.Equal("v", (await etcd.AllAsync())["/skydns/b"]);
    }

    [Fact]
    public async Task FailedHosts_AreSkippedForTwoSecondsPerHost_ThenTriedAgain()
    {
        var clock = new ManualTimeProvider();
        using var gateway = Gateway(clock, ("localhost", EtcdServer.FreePort()), ("127.0.0.1", EtcdServer.FreePort()));

        var first = await gateway.PutAsync("/k", "v", TestContext.Current.CancellationToken);
        var second = await gateway.PutAsync("/k", "v", TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(4));
        var third = await gateway.PutAsync("/k", "v", TestContext.Current.CancellationToken);

        Assert.StartsWith(EtcdGateway.AllHostsFailed, first.Error?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("skipped", first.Error?.Message, StringComparison.Ordinal);
        Assert.Equal($"{EtcdGateway.AllHostsFailed} (localhost: skipped after a recent failure; 127.0.0.1: skipped after a recent failure)", second.Error?.Message);
        Assert.DoesNotContain("skipped", third.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfiguredApiPath_IsUsedAsGiven()
    {
        var hosts = new Dictionary<string, EtcdHostConfig> { ["127.0.0.1"] = new() { Port = etcd.ClientPort, ApiPath = "/v3beta/" } };
        using var gateway = new EtcdGateway(hosts, TimeProvider.System, EtcdPipeline.Build(TimeProvider.System), TestLog.For<EtcdGateway>());

        var put = await gateway.PutAsync("/skydns/c", "v", TestContext.Current.CancellationToken);

        Assert.True(put.IsSuccess, put.Error?.Message);
    }

    [Fact]
    public async Task WrongApiPath_IsAFailureNamingTheAnswer()
    {
        var hosts = new Dictionary<string, EtcdHostConfig> { ["127.0.0.1"] = new() { Port = etcd.ClientPort, ApiPath = "/nothing" } };
        using var gateway = new EtcdGateway(hosts, TimeProvider.System, EtcdPipeline.Build(TimeProvider.System), TestLog.For<EtcdGateway>());

        var put = await gateway.PutAsync("/skydns/c", "v", TestContext.Current.CancellationToken);

        Assert.Contains("127.0.0.1: HTTP 404", put.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentHost_IsBoundByItsTimeout()
    {
        using var silent = new SilentListener();
        var hosts = new Dictionary<string, EtcdHostConfig> { ["127.0.0.1"] = new() { Port = silent.Port, ApiPath = "/v3", Timeout = TimeSpan.FromSeconds(1) } };
        using var gateway = new EtcdGateway(hosts, TimeProvider.System, EtcdPipeline.Build(TimeProvider.System), TestLog.For<EtcdGateway>());

        var put = await gateway.PutAsync("/skydns/d", "v", TestContext.Current.CancellationToken);

        Assert.Equal($"{EtcdGateway.AllHostsFailed} (127.0.0.1: no answer within 1 s)", put.Error?.Message);
    }

    private static EtcdGateway Gateway(params (string Host, int Port)[] hosts) => Gateway(TimeProvider.System, hosts);

    private static EtcdGateway Gateway(TimeProvider clock, params (string Host, int Port)[] hosts) => new(
        hosts.ToDictionary(host => host.Host, host => new EtcdHostConfig { Port = host.Port }),
        clock,
        EtcdPipeline.Build(clock),
        TestLog.For<EtcdGateway>());
}
