using System.Text.Json.Nodes;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Server.Integrations;
using Overlord.Server.Integrations.LoadBalancer;
using Overlord.Server.Tests.Support;

namespace Overlord.Server.Tests.Integrations;

public sealed class LoadBalancerLabelTests : IAsyncLifetime
{
    private const string ServerId = "5f0c2a1e-8d3b-4c7a-9e61-2b4d8f0a7c13";
    private const string Server = ServerId + ":shop:web";
    private const string Servers = "/v3/services/haproxy/configuration/backends/web/servers";
    private FakeDataPlaneApi _api = null!;
    private LoadBalancerLabel _label = null!;

    public async ValueTask InitializeAsync()
    {
        _api = await FakeDataPlaneApi.StartAsync("web");
        _label = NewLabel(FakeDataPlaneApi.Password);
    }

    public async ValueTask DisposeAsync()
    {
        _label.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Create_NewServer_AddsItInOneCommittedTransaction()
    {
        var outcome = await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        Assert.False(outcome.Error, outcome.Message);
        Assert.Equal(
            [
                "GET /v3/services/haproxy/configuration/version",
                "GET /v3/services/haproxy/configuration/backends/web?full_section=false",
                $"GET {Servers}/{Uri.EscapeDataString(Server)}",
                "POST /v3/services/haproxy/transactions?version=1",
                $"POST {Servers}?transaction_id=tx-1&force_reload=false",
                "PUT /v3/services/haproxy/transactions/tx-1?force_reload=false",
            ],
            _api.CallLines);
        Assert.Equal(0, _api.OpenTransactions);
        Assert.Equal(
            $"(project:shop, service:web, backend:web, server:{Server}, address:127.0.0.1, port:8080, code:202, transaction_id:tx-1, commit:1) server has been added.",
            outcome.Message);
    }

    [Fact]
    public async Task Create_Body_HasTheSetFields_NameAddressAndPortWin()
    {
        await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        var body = JsonNode.Parse(_api.Calls.Single(call => call.Call.StartsWith($"POST {Servers}", StringComparison.Ordinal)).Body)!;
        Assert.Equal(
            $$"""{"check":"enabled","port":8080,"weight":50,"name":"{{Server}}","address":"127.0.0.1"}""",
            body.ToJsonString());
        Assert.Equal("127.0.0.1", _api.Server("web", Server)!["address"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_ExistingServer_ReplacesItWithPut()
    {
        _api.AddServer("web", new JsonObject { ["name"] = Server, ["address"] = "10.9.9.9", ["port"] = 1 });

        var outcome = await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        Assert.Contains("server has been updated", outcome.Message, StringComparison.Ordinal);
        Assert.Contains($"PUT {Servers}/{Uri.EscapeDataString(Server)}?transaction_id=tx-1&force_reload=false", _api.CallLines);
        Assert.Equal(8080, _api.Server("web", Server)!["port"]!.GetValue<int>());
    }

    [Fact]
    public async Task Create_RefusedServer_RollsTheTransactionBack()
    {
        _api.Failures[$"POST {Servers}"] = 400;

        var outcome = await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        Assert.True(outcome.Error);
        Assert.Contains("error adding the server: code 400", outcome.Message, StringComparison.Ordinal);
        Assert.EndsWith("the transaction was rolled back.", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("DELETE /v3/services/haproxy/transactions/tx-1", _api.CallLines[^1]);
        Assert.Equal((0, null), (_api.OpenTransactions, _api.Server("web", Server)));
    }

    [Fact]
    public async Task Create_RefusedCommit_RollsTheTransactionBack()
    {
        _api.Failures["PUT /v3/services/haproxy/transactions/tx-1"] = 406;

        var outcome = await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        Assert.True(outcome.Error);
        Assert.Contains("commit:1", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("DELETE /v3/services/haproxy/transactions/tx-1", _api.CallLines[^1]);
        Assert.Equal(0, _api.OpenTransactions);
    }

    [Fact]
    public async Task Create_UnknownBackend_FailsBeforeAnyTransaction()
    {
        var labels = Labels();
        labels["overlord.load-balancer.backend"] = "api";

        var outcome = await _label.RunAsync(Context(LabelAction.Create, labels), TestContext.Current.CancellationToken);

        Assert.Equal(
            "(project:shop, service:web, backend:api, label:overlord.load-balancer.backend) backend is not found.",
            outcome.Message);
        Assert.True(outcome.Error);
        Assert.DoesNotContain(_api.CallLines, call => call.Contains("transactions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Destroy_ExistingServer_DeletesItAndCommits()
    {
        await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);
        _api.Calls.Clear();

        var outcome = await _label.RunAsync(Context(LabelAction.Destroy), TestContext.Current.CancellationToken);

        Assert.False(outcome.Error, outcome.Message);
        Assert.Equal(
            [
                "GET /v3/services/haproxy/configuration/version",
                "GET /v3/services/haproxy/configuration/backends/web?full_section=false",
                $"GET {Servers}/{Uri.EscapeDataString(Server)}",
                "POST /v3/services/haproxy/transactions?version=2",
                $"DELETE {Servers}/{Uri.EscapeDataString(Server)}?transaction_id=tx-2&force_reload=false",
                "PUT /v3/services/haproxy/transactions/tx-2?force_reload=false",
            ],
            _api.CallLines);
        Assert.Null(_api.Server("web", Server));
        Assert.Equal($"(project:shop, service:web, backend:web, server:{Server}, code:202, transaction_id:tx-2, commit:1) server has been removed.", outcome.Message);
    }

    [Fact]
    public async Task Destroy_NoSuchServer_OpensNoTransactionAndReportsNothing()
    {
        var outcome = await _label.RunAsync(Context(LabelAction.Destroy), TestContext.Current.CancellationToken);

        Assert.False(outcome.IsReported);
        Assert.DoesNotContain(_api.CallLines, call => call.Contains("transactions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoProjectsOfOneNode_InOneBackend_AreTwoServers()
    {
        await _label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        await _label.RunAsync(Context(LabelAction.Create) with { Project = "blog" }, TestContext.Current.CancellationToken);

        Assert.NotNull(_api.Server("web", Server));
        Assert.NotNull(_api.Server("web", ServerId + ":blog:web"));
    }

    [Fact]
    public async Task WrongPassword_FailsWithoutShowingAnyPassword()
    {
        using var label = NewLabel("wrong-password");

        var outcome = await label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);

        Assert.True(outcome.Error);
        Assert.Contains("code 401", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", outcome.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Calls);
    }

    [Fact]
    public async Task NotConfigured_IsAnError_LabelsWithoutTheIntegration_AreIgnored()
    {
        using var label = new LoadBalancerLabel(null, ServerId);

        var unconfigured = await label.RunAsync(Context(LabelAction.Create), TestContext.Current.CancellationToken);
        var unused = await label.RunAsync(Context(LabelAction.Create, new() { ["overlord.skydns"] = "1" }), TestContext.Current.CancellationToken);

        Assert.Equal(new IntegrationOutcome(true, "(project:shop, service:web) Data Plane API client is not configured."), unconfigured);
        Assert.Equal(IntegrationOutcome.None, unused);
    }

    [Theory]
    [InlineData("overlord.load-balancer.interface.port", "http", "(project:shop, service:web, port:http, label:overlord.load-balancer.interface.port) invalid port.")]
    [InlineData("overlord.load-balancer.set.weight", "{oops", "(project:shop, service:web, label:overlord.load-balancer.set.weight) not a JSON value")]
    public async Task BadLabel_FailsBeforeAnyCall(string name, string value, string message)
    {
        var labels = Labels();
        labels[name] = value;

        var outcome = await _label.RunAsync(Context(LabelAction.Create, labels), TestContext.Current.CancellationToken);

        Assert.StartsWith(message, outcome.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Calls);
    }

    private LoadBalancerLabel NewLabel(string password) => new(
        new DataPlaneApiClient(new HaproxyApiConfig { Entrypoint = _api.Entrypoint, Username = FakeDataPlaneApi.Username, Password = new Secret(password) }),
        ServerId);

    private static Dictionary<string, string> Labels() => new()
    {
        ["overlord.load-balancer"] = "1",
        ["overlord.load-balancer.backend"] = "web",
        ["overlord.load-balancer.interface"] = Loopback.Name,
        ["overlord.load-balancer.interface.address"] = "127.0.0.0/8",
        ["overlord.load-balancer.interface.port"] = "8080",
        ["overlord.load-balancer.set.check"] = "\"enabled\"",
        ["overlord.load-balancer.set.weight"] = "50",
        ["overlord.load-balancer.set.port"] = "1",
    };

    private static LabelContext Context(LabelAction action, Dictionary<string, string>? labels = null) =>
        new("shop", "web", new ServiceLabels(labels ?? Labels()), action);
}
