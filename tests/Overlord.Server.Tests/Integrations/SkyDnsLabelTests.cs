using Overlord.Core.Config;
using Overlord.Server.Integrations;
using Overlord.Server.Integrations.SkyDns;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

/// <summary>The SkyDNS label against a real etcd: the exact keys and values of each record, and their removal.</summary>
public sealed class SkyDnsLabelTests(EtcdServer etcd) : IClassFixture<EtcdServer>, IAsyncLifetime
{
    private const string ServerId = "5f0c2a1e-8d3b-4c7a-9e61-2b4d8f0a7c13";
    private EtcdGateway _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        await etcd.ClearAsync();
        var hosts = new Dictionary<string, EtcdHostConfig> { ["127.0.0.1"] = new() { Port = etcd.ClientPort } };
        _gateway = new EtcdGateway(hosts, TimeProvider.System, EtcdPipeline.Build(TimeProvider.System), TestLog.For<EtcdGateway>());
    }

    public ValueTask DisposeAsync()
    {
        _gateway.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Create_WritesTheARecordUnderGroupServerIdProjectAndService()
    {
        var outcome = await RunAsync(LabelAction.Create, Labels());

        Assert.Equal(
            new Dictionary<string, string>
            {
                [$"/skydns/org/example/web/{ServerId}/shop/api/"] = """{"host": "127.0.0.1", "ttl": 60, "group": "web"}""",
            },
            await etcd.AllAsync());
        Assert.Equal(
            "(project:shop, service:api, address:127.0.0.1, records:[address:True,ptr:None,srv:None]) records have been updated.",
            outcome.Message);
    }

    [Fact]
    public async Task Create_WithPtrAndSrv_WritesAllThreeRecords()
    {
        var outcome = await RunAsync(LabelAction.Create, Labels(Ptr, Srv));

        Assert.False(outcome.Error, outcome.Message);
        Assert.Equal(
            new Dictionary<string, string>
            {
                [$"/skydns/org/example/web/{ServerId}/shop/api/"] = """{"host": "127.0.0.1", "ttl": 30, "group": "web"}""",
                ["/skydns/arpa/in-addr/127/0/0/1"] = """{"host": "web.example.org", "group": "web"}""",
                [$"/skydns/org/example/web/_tcp/_http/{ServerId}/shop/api/"] =
                    $$"""{"host": "{{ServerId}}.web.example.org", "port": 8080, "priority": 5, "weight": 100, "ttl": 60, "group": "web"}""",
            },
            await etcd.AllAsync());
    }

    [Fact]
    public async Task Destroy_RemovesEveryRecordTheCreateWrote()
    {
        await RunAsync(LabelAction.Create, Labels(Ptr, Srv));

        var outcome = await RunAsync(LabelAction.Destroy, Labels(Ptr, Srv));

        Assert.Empty(await etcd.AllAsync());
        Assert.Equal("(project:shop, service:api, records:[address:True,ptr:True,srv:True]) records have been removed.", outcome.Message);
    }

    [Fact]
    public async Task MixedCaseGroup_IsLowercasedInEveryKey_SoTheDestroyFindsTheSrvRecord()
    {
        var labels = Labels(Ptr, Srv);
        labels["overlord.skydns.group"] = "Web";
        await RunAsync(LabelAction.Create, labels);
        var written = (await etcd.AllAsync()).Keys.ToList();

        await RunAsync(LabelAction.Destroy, labels);

        Assert.All(written, key => Assert.DoesNotContain("/Web/", key, StringComparison.Ordinal));
        Assert.Empty(await etcd.AllAsync());
    }

    [Fact]
    public async Task TwoProjectsInOneGroup_DestroyingOne_KeepsTheOthersAAndSharedPtrRecords()
    {
        await RunAsync(LabelAction.Create, Labels(Ptr));
        await RunAsync(LabelAction.Create, Labels(Ptr), project: "blog");

        await RunAsync(LabelAction.Destroy, Labels(Ptr));

        Assert.Equal(
            [$"/skydns/org/example/web/{ServerId}/blog/api/", "/skydns/arpa/in-addr/127/0/0/1"],
            (await etcd.AllAsync()).Keys.Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task RootZone_TargetsAreTheNamesAlone()
    {
        await RunAsync(LabelAction.Create, Labels(Ptr, Srv), zone: ".");

        var records = await etcd.AllAsync();

        Assert.Equal("""{"host": "web", "group": "web"}""", records["/skydns/arpa/in-addr/127/0/0/1"]);
        Assert.StartsWith($$"""{"host": "{{ServerId}}.web", """, records[$"/skydns/web/_tcp/_http/{ServerId}/shop/api/"], StringComparison.Ordinal);
        Assert.Contains($"/skydns/web/{ServerId}/shop/api/", records.Keys);
    }

    [Theory]
    [InlineData("overlord.skydns.group", null, "(project:shop, service:api, label:overlord.skydns.group) group has not been specified, but is required.")]
    [InlineData("overlord.skydns.group", "w", "(project:shop, service:api, group:w, label:overlord.skydns.group) invalid group name.")]
    [InlineData("overlord.skydns.srv.port", "http", "(project:shop, service:api, port:http, label:overlord.skydns.srv.port) invalid port.")]
    [InlineData("overlord.skydns.srv.proto", null, "(project:shop, service:api, label:overlord.skydns.srv.proto) protocol has not been specified, but is required.")]
    public async Task BadLabel_FailsAndWritesNothing(string name, string? value, string message)
    {
        var labels = Labels(Srv);
        labels.Remove(name);
        if (value is not null)
        {
            labels[name] = value;
        }

        var outcome = await RunAsync(LabelAction.Create, labels);

        Assert.Equal(new IntegrationOutcome(true, message), outcome);
        Assert.Empty(await etcd.AllAsync());
    }

    [Fact]
    public async Task NoAddressInTheNetwork_FailsNamingInterfaceAndNetwork()
    {
        var labels = Labels();
        labels["overlord.skydns.interface.address"] = "192.0.2.0/24";

        var outcome = await RunAsync(LabelAction.Create, labels);

        Assert.Equal(
            $"(project:shop, service:api, interface:{Loopback.Name}, address:192.0.2.0/24, label:overlord.skydns.interface.address) no IP address has been found.",
            outcome.Message);
        Assert.True(outcome.Error);
    }

    private const string Ptr = "ptr";
    private const string Srv = "srv";

    private static Dictionary<string, string> Labels(params string[] extras)
    {
        var labels = new Dictionary<string, string>
        {
            ["overlord.skydns"] = "1",
            ["overlord.skydns.group"] = "web",
            ["overlord.skydns.interface"] = Loopback.Name,
            ["overlord.skydns.interface.address"] = "127.0.0.0/8",
        };
        if (extras.Contains(Ptr))
        {
            labels["overlord.skydns.ptr"] = "1";
            labels["overlord.skydns.ttl"] = "30";
        }

        if (extras.Contains(Srv))
        {
            labels["overlord.skydns.srv"] = "1";
            labels["overlord.skydns.srv.port"] = "8080";
            labels["overlord.skydns.srv.proto"] = "tcp";
            labels["overlord.skydns.srv.service"] = "http";
            labels["overlord.skydns.srv.priority"] = "5";
        }

        return labels;
    }

    private Task<IntegrationOutcome> RunAsync(LabelAction action, Dictionary<string, string> labels, string project = "shop", string zone = "example.org.")
    {
        var label = new SkyDnsLabel(new SkyDnsConfig { Path = "/skydns", Zone = zone }, ServerId, _gateway);
        return label.RunAsync(new LabelContext(project, "api", new ServiceLabels(labels), action), TestContext.Current.CancellationToken);
    }
}
