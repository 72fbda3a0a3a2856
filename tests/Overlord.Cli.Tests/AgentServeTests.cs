using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Agent.Dispatch;
using Overlord.Cli.Commands;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Auth;
using Overlord.Server.Hosting;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>A node built as <c>overlord serve</c> builds it, with an <c>agent:</c> section: the agent runs inside it.</summary>
public sealed class AgentServeTests
{
    [Fact]
    public async Task A_node_with_an_agent_section_runs_the_agent_behind_its_token_check_except_for_webhooks()
    {
        using var folder = new TempDirectory("overlord-agent-serve");
        var git = new AgentCliGit(folder.Path);
        await git.InitAsync();
        var head = await git.CommitAsync(("app.yml", AgentCliSpecs.Project("app")));
        var dispatcher = new AgentCliDispatcher();
        using var ownNode = new AgentOwnNode();
        var options = ServeCommand.WithAgent(new NodeHostOptions { Config = Config(folder, git.Origin) }, ownNode);
        var withAgent = options.ConfigureServices!;
        options = options with { ConfigureServices = services => withAgent(services.AddSingleton<ISpecDispatcher>(dispatcher)) };
        await using var host = await NodeHost.CreateAsync(options, TestContext.Current.CancellationToken);
        ownNode.Attach(host);
        await host.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = host.HttpAddress };
        var token = host.Services.GetRequiredService<TokenService>().Issue(new Dictionary<string, string>(), null);

        using var anonymous = await http.GetAsync("/v1/agent/status", TestContext.Current.CancellationToken);
        using var unsignedWebhook = await http.PostAsync("/v1/webhooks/github", new StringContent("{}"), TestContext.Current.CancellationToken);
        http.DefaultRequestHeaders.Add("Authentication", "Bearer " + token);
        await Eventually.HoldsAsync(async () => (await http.GetFromJsonAsync<AgentStatusView>("/v1/agent/status", OverlordJson.Options, TestContext.Current.CancellationToken))!.LastAppliedCommit == head, "the head to be applied");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsignedWebhook.StatusCode);
        Assert.Contains("missing_signature", await unsignedWebhook.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", ownNode.Client().Entrypoint.Split("//")[1].Split(':')[0]);
        await host.StopAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();
    }

    private static OverlordConfig Config(TempDirectory folder, string origin)
    {
        var yaml = $"""
            runtime: process
            data_dir: '{folder.Combine("data")}'
            listen: 127.0.0.1
            secret_key: 'agent-serve-test-key-agent-serve-test-key'
            agent:
              repository: '{origin}'
              interval: 3600
              webhooks:
                github:
                  secret: hook-secret
            """;
        var result = ConfigLoader.Parse(yaml, "node.yml", VariableSource.Empty);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Errors));
        return result.Config! with { Port = 0 };
    }
}
