using System.Text;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Auth;
using Overlord.Server.Hosting;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Cli.Tests;

/// <summary>
/// A real node in the test process for the end-to-end tests of the deployment commands: a <see cref="NodeHost"/>
/// on 127.0.0.1 with its own folders, fake AppJail tools, labels, children and token.
/// </summary>
internal sealed class DeployNode : IAsyncDisposable
{
    private readonly TempDirectory _folder = new("overlord-deploy-node");
    private NodeHost? _host;

    private DeployNode(string name)
    {
        Name = name;
        Tools = FakeToolbox.Create();
        var secret = "key-" + Guid.NewGuid().ToString("N");
        Secret = secret;
        Token = new TokenService(SigningKey.FromSecret(secret), TimeProvider.System).Issue(new Dictionary<string, string>(), null);
    }

    public string Name { get; }

    public FakeToolbox Tools { get; }

    public string Secret { get; }

    public string Token { get; }

    public Uri Address => _host?.HttpAddress ?? throw new InvalidOperationException($"{Name} is stopped");

    public string Url => Address.AbsoluteUri.TrimEnd('/');

    /// <summary>Starts a node with <paramref name="labels"/> whose children are <paramref name="children"/>, by name.</summary>
    public static Task<DeployNode> StartAsync(string name, string[] labels, params DeployNode[] children) => StartAsync(name, labels, "", children);

    /// <summary>As above, with more top-level overlord.yml keys (<paramref name="extraYaml"/>, YAML text).</summary>
    public static async Task<DeployNode> StartAsync(string name, string[] labels, string extraYaml, params DeployNode[] children)
    {
        var node = new DeployNode(name);
        var yaml = new StringBuilder()
            .Append("runtime: appjail\n")
            .Append($"data_dir: '{node._folder.Combine("data")}'\n")
            .Append("listen: 127.0.0.1\n")
            .Append($"secret_key: '{node.Secret}'\n")
            .Append($"labels: [{string.Join(", ", labels)}]\n")
            .Append($"director:\n  logs: '{node.Tools.DirectorLogsDirectory}'\n")
            .Append($"  projects: '{node.Tools.DirectorProjectsDirectory}'\n  locks: '{node.Tools.DirectorLocksDirectory}'\n")
            .Append($"appjail:\n  jails: '{node.Tools.JailsDirectory}'\n  logs: '{node._folder.Combine("appjail-logs")}'\n");
        if (children.Length > 0)
        {
            yaml.Append("chains:\n");
            foreach (var child in children)
            {
                yaml.Append($"  {child.Name}:\n    entrypoint: '{child.Url}'\n    access_token: '{child.Token}'\n    retry: {{total: 0}}\n");
            }
        }

        yaml.Append(extraYaml);
        var config = ConfigLoader.Parse(yaml.ToString(), "node.yml", VariableSource.Empty);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics.Errors));
        node._host = await NodeHost.CreateAsync(
            new NodeHostOptions { Config = config.Config! with { Port = 0 }, ToolEnvironment = node.Tools.Environment },
            TestContext.Current.CancellationToken);
        await node._host.StartAsync(TestContext.Current.CancellationToken);
        return node;
    }

    public async Task StopAsync()
    {
        if (_host is { } host)
        {
            _host = null;
            await host.StopAsync(CancellationToken.None);
            await host.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Tools.Dispose();
        _folder.Dispose();
    }
}
