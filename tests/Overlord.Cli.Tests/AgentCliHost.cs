using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Hosting;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>
/// A node with only the agent (AddOverlordAgent and MapAgentEndpoints on Kestrel, 127.0.0.1:0) watching a real
/// repository, for running <c>overlord sync</c>, <c>agent-status</c> and <c>history</c> against it in-process.
/// </summary>
internal sealed class AgentCliHost : IAsyncDisposable
{
    private readonly FakeHttpHost _host;
    private readonly TempDirectory _directory;

    private AgentCliHost(FakeHttpHost host, TempDirectory directory, AgentCliGit git, AgentCliDispatcher dispatcher, string entrypoint)
    {
        _host = host;
        _directory = directory;
        Git = git;
        Dispatcher = dispatcher;
        Entrypoint = entrypoint;
    }

    public AgentCliGit Git { get; }

    public AgentCliDispatcher Dispatcher { get; }

    public string Entrypoint { get; }

    /// <summary>A folder to run commands in (its <c>.env</c> is read by them).</summary>
    public string WorkingDirectory => _directory.Combine("cwd");

    public static async Task<AgentCliHost> StartAsync()
    {
        var directory = new TempDirectory("overlord-agent-cli");
        Directory.CreateDirectory(directory.Combine("cwd"));
        var git = new AgentCliGit(directory.Path);
        await git.InitAsync();
        await git.CommitAsync(("app.yml", AgentCliSpecs.Project("app")));
        var dispatcher = new AgentCliDispatcher();
        var config = new AgentConfig { Repository = git.Origin, Interval = TimeSpan.FromHours(1) };
        var web = await FakeHttpHost.StartAsync(
            builder =>
            {
                builder.Services.AddSingleton<ISpecDispatcher>(dispatcher);
                builder.Services.AddOverlordAgent(config, directory.Combine("data"), () => throw new InvalidOperationException("not used"));
            },
            app => app.MapAgentEndpoints());
        var host = new AgentCliHost(web, directory, git, dispatcher, web.Url);
        await host.WaitForStartupSyncAsync();
        return host;
    }

    /// <summary>Runs <c>overlord ARGS</c> in-process in <see cref="WorkingDirectory"/>.</summary>
    public Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => OverlordInProcess.RunAsync(WorkingDirectory, args);

    /// <summary>The same with <c>--entrypoint</c> and <c>--token</c> of this node after the command's own arguments.</summary>
    public Task<(int ExitCode, string StdOut, string StdErr)> RunAgainstAsync(params string[] args) =>
        RunAsync([.. args, "--entrypoint", Entrypoint, "--token", "test-token"]);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private async Task WaitForStartupSyncAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Entrypoint) };
        await Eventually.HoldsAsync(
            async () => (await http.GetFromJsonAsync<AgentStatusView>("/v1/agent/status", OverlordJson.Options, TestContext.Current.CancellationToken))?.LastSync is { State: not "running" },
            "the agent's startup sync to end");
    }
}
