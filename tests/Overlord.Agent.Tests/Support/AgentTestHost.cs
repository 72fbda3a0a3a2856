using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Hosting;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// A real Kestrel host on 127.0.0.1:0 with the agent added the way a node adds it (AddOverlordAgent,
/// MapAgentEndpoints), on real git repositories, with a recording dispatcher in place of the node API.
/// </summary>
public sealed class AgentTestHost : IAsyncDisposable
{
    public const string GitHubSecret = "hook-secret";

    private readonly FakeHttpHost _host;

    private AgentTestHost(FakeHttpHost host, GitRepositories repositories, RecordingDispatcher dispatcher, GitCommandCounter gitCommands)
    {
        _host = host;
        GitCommands = gitCommands;
        Repositories = repositories;
        Dispatcher = dispatcher;
        Http = new HttpClient { BaseAddress = host.BaseAddress };
    }

    public GitRepositories Repositories { get; }

    public RecordingDispatcher Dispatcher { get; }

    public HttpClient Http { get; }

    public GitCommandCounter GitCommands { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>Starts the host on a repository with one spec pushed, and waits for its startup sync to end.</summary>
    /// <param name="configure">Changes to the agent's config.</param>
    /// <param name="clock">The clock of the poll and the rest of the agent (the system's when null).</param>
    public static async Task<AgentTestHost> StartAsync(Func<AgentConfig, AgentConfig>? configure = null, TimeProvider? clock = null)
    {
        var repositories = await GitRepositories.CreateAsync();
        repositories.WriteFile("app.yml", SpecTexts.Project("app"));
        await repositories.CommitAndPushAsync("first");
        var config = new AgentConfig
        {
            Repository = repositories.Origin,
            Interval = TimeSpan.FromHours(1),
            Webhooks = new WebhookConfig { GitHubSecret = new Secret(GitHubSecret) },
            Identity = new AgentIdentity { Name = "Host Agent", Email = "host@example.test" },
        };
        var dispatcher = new RecordingDispatcher();
        var gitCommands = new GitCommandCounter();
        var web = await FakeHttpHost.StartAsync(
            builder =>
            {
                builder.Logging.AddProvider(gitCommands).AddFilter<GitCommandCounter>("Overlord.Agent.Git.GitRepository", LogLevel.Debug);
                builder.Services.AddSingleton<ISpecDispatcher>(dispatcher);
                builder.Services.AddSingleton(clock ?? TimeProvider.System);
                builder.Services.AddOverlordAgent(configure?.Invoke(config) ?? config, Path.Combine(repositories.Root, "data"), () => throw new InvalidOperationException("the recording dispatcher never calls the node"));
            },
            app => app.MapAgentEndpoints());
        var host = new AgentTestHost(web, repositories, dispatcher, gitCommands);
        await Eventually.HoldsAsync(async () => (await host.StatusAsync()).LastSync is { State: not "running" }, "the startup sync to end");
        return host;
    }

    public async Task<AgentStatusView> StatusAsync() =>
        (await Http.GetFromJsonAsync<AgentStatusView>("/v1/agent/status", OverlordJson.Options, TestContext.Current.CancellationToken))!;

    /// <summary>Sends a GitHub push of the watched branch, signed with <paramref name="secret"/>.</summary>
    public async Task<HttpResponseMessage> SendGitHubPushAsync(string deliveryId, string after, string secret = GitHubSecret, string @ref = "refs/heads/main")
    {
        var payload = JsonSerializer.Serialize(new
        {
            @ref,
            before = "0000000000000000000000000000000000000001",
            after,
            repository = new { full_name = "test/origin", clone_url = Repositories.Origin },
        });
        var body = Encoding.UTF8.GetBytes(payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/webhooks/github") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-GitHub-Event", "push");
        request.Headers.Add("X-GitHub-Delivery", deliveryId);
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + WebhookTestData.HmacHex(secret, body));
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Stops the host as a node's shutdown does (DisposeAsync still cleans up afterwards).</summary>
    public Task StopAsync() => _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _host.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Repositories.Dispose();
    }
}
