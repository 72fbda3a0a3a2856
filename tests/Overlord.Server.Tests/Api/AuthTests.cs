using Overlord.Server.Auth;
using Overlord.Server.Jobs;

namespace Overlord.Server.Tests.Api;

public sealed class AuthTests : IAsyncLifetime
{
    private const string UpBody = """{"director_file": "services:\n  web:\n    name: web\n"}""";

    private RunningNode _node = null!;

    public async ValueTask InitializeAsync() => _node = await RunningNode.StartAsync();

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    [Fact]
    public async Task Missing_header_answers_401_and_queues_nothing()
    {
        var response = await UpAsync(new Dictionary<string, string> { ["Authorization-None"] = "x" });

        Assert.Equal(401, response.Status);
        Assert.Equal("'Authentication' header is required but hasn't been specified.", response.Message);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Header_without_a_scheme_answers_400()
    {
        var response = await UpAsync(new Dictionary<string, string> { ["Authentication"] = _node.Token });

        Assert.Equal(400, response.Status);
        Assert.Equal("'Authentication' header is invalid for this entrypoint.", response.Message);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Other_scheme_answers_400()
    {
        var response = await UpAsync(new Dictionary<string, string> { ["Authentication"] = "Basic " + _node.Token });

        Assert.Equal(400, response.Status);
        Assert.Equal("Authentication scheme is invalid for this entrypoint.", response.Message);
    }

    [Fact]
    public async Task Token_of_another_key_answers_401_and_queues_nothing()
    {
        var foreign = new TokenService(SigningKey.FromSecret("another-node"), TimeProvider.System).Issue(new Dictionary<string, string>(), null);

        var response = await UpAsync(new Dictionary<string, string> { ["Authentication"] = "Bearer " + foreign });

        Assert.Equal(401, response.Status);
        Assert.Equal("Error while decoding the JWT.", response.Message);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Expired_token_answers_401_and_queues_nothing()
    {
        var past = new ManualTimeProvider(DateTimeOffset.UtcNow - TimeSpan.FromHours(3));
        var expired = new TokenService(SigningKey.FromSecret(_node.Secret), past).Issue(new Dictionary<string, string>(), new TokenExpiry(1));

        var response = await UpAsync(new Dictionary<string, string> { ["Authentication"] = "Bearer " + expired });

        Assert.Equal(401, response.Status);
        Assert.Equal("Error while decoding the JWT.", response.Message);
        Assert.Empty(await JobsAsync());
    }

    [Fact]
    public async Task Standard_authorization_header_is_accepted()
    {
        var response = await _node.SendAsync(HttpMethod.Get, "/v1/ping", headers: new Dictionary<string, string> { ["Authorization"] = "Bearer " + _node.Token });

        Assert.Equal(200, response.Status);
        Assert.Equal("OK", response.Json["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Metrics_require_a_token()
    {
        var response = await _node.SendAsync(HttpMethod.Get, "/metrics", headers: new Dictionary<string, string> { ["Authentication"] = "" });

        Assert.Equal(400, response.Status);
    }

    private Task<TestResponse> UpAsync(Dictionary<string, string> headers) =>
        _node.SendAsync(HttpMethod.Post, "/v1/project/up/web", UpBody, headers);

    private Task<IReadOnlyList<JobRecord>> JobsAsync() => _node.Service<JobQueue>().ListAsync("web", TestContext.Current.CancellationToken);
}
