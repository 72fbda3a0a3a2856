using System.Text;
using Microsoft.Data.Sqlite;
using Overlord.Cli.Commands;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Auth;
using Overlord.Server.Hosting;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Cli.Tests;

/// <summary>
/// A root node built as <c>overlord serve</c> builds it with an <c>agent:</c> section (the real dispatcher through
/// SpecDeployer and its own API), with fake AppJail tools and children given as <see cref="DeployNode"/>s.
/// </summary>
internal sealed class AgentRootNode : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-agent-root");
    private readonly FakeToolbox _tools = FakeToolbox.Create();
    private readonly AgentOwnNode _ownNode = new();
    private NodeHost? _host;

    private AgentRootNode()
    {
        Secret = "key-" + Guid.NewGuid().ToString("N");
        Token = new TokenService(SigningKey.FromSecret(Secret), TimeProvider.System).Issue(new Dictionary<string, string>(), null);
    }

    public string Secret { get; }

    public string Token { get; }

    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("the root is stopped")).Services;

    public string Url => (_host?.HttpAddress ?? throw new InvalidOperationException("the root is stopped")).AbsoluteUri.TrimEnd('/');

    public static async Task<AgentRootNode> StartAsync(string repository, params DeployNode[] children)
    {
        var node = new AgentRootNode();
        var yaml = new StringBuilder()
            .Append("runtime: appjail\n")
            .Append($"data_dir: '{node._folder.Combine("data")}'\n")
            .Append("listen: 127.0.0.1\n")
            .Append($"secret_key: '{node.Secret}'\n")
            .Append("labels: [root]\n")
            .Append($"director:\n  logs: '{node._tools.DirectorLogsDirectory}'\n")
            .Append($"  projects: '{node._tools.DirectorProjectsDirectory}'\n  locks: '{node._tools.DirectorLocksDirectory}'\n")
            .Append($"appjail:\n  jails: '{node._tools.JailsDirectory}'\n  logs: '{node._folder.Combine("appjail-logs")}'\n")
            .Append("chains:\n");
        foreach (var child in children)
        {
            yaml.Append($"  {child.Name}:\n    entrypoint: '{child.Url}'\n    access_token: '{child.Token}'\n    retry: {{total: 0}}\n");
        }

        yaml.Append($"agent:\n  repository: '{repository}'\n  interval: 3600\n  identity:\n    name: Root Agent\n    email: agent@root.test\n");
        var config = ConfigLoader.Parse(yaml.ToString(), "node.yml", VariableSource.Empty);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics.Errors));
        var options = new NodeHostOptions { Config = config.Config! with { Port = 0 }, ToolEnvironment = node._tools.Environment };
        node._host = await NodeHost.CreateAsync(ServeCommand.WithAgent(options, node._ownNode), TestContext.Current.CancellationToken);
        node._ownNode.Attach(node._host);
        await node._host.StartAsync(TestContext.Current.CancellationToken);
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            await host.StopAsync(CancellationToken.None);
            await host.DisposeAsync();
        }

        _ownNode.Dispose();
        _tools.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
