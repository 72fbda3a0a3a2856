using Microsoft.AspNetCore.Builder;
using Overlord.Bench.Nodes;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Auth;
using Overlord.Server.Hosting;
using Overlord.Testing;

namespace Overlord.Bench.NodeHost;

/// <summary>
/// One real node in this process: its own folder with an <c>overlord.yml</c>, signing key, SQLite file and data
/// folder, served by <see cref="Overlord.Server.Hosting.NodeHost"/> on its own port, a <see cref="WriteRecorder"/>
/// in front of its pipeline, and a token it made, as <c>overlord gen-token</c> makes one.
/// </summary>
internal sealed class HostedNode : IAsyncDisposable
{
    private const int Attempts = 5;

    private readonly Overlord.Server.Hosting.NodeHost _host;

    private HostedNode(Overlord.Server.Hosting.NodeHost host, WriteRecorder recorder, string token)
    {
        _host = host;
        Recorder = recorder;
        Token = token;
    }

    public WriteRecorder Recorder { get; }

    public string Token { get; }

    public string Address => _host.HttpAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>
    /// Starts the node in <paramref name="directory"/>, <paramref name="settings"/> appended to its <c>overlord.yml</c>;
    /// a port taken between its pick and the bind is picked again.
    /// </summary>
    public static async Task<HostedNode> StartAsync(string directory, IReadOnlyList<string> labels, IReadOnlyList<ChainLink> chains, string settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var file = NodeConfig.Write(directory, TestPorts.Free(), labels, chains, settings);
            var config = ConfigLoader.Load(file, VariableSource.Empty).Config ?? throw new InvalidOperationException($"{file} was refused");
            var recorder = new WriteRecorder();
            var options = new NodeHostOptions { Config = config, ConfigurePipeline = app => app.Use(recorder.InvokeAsync) };
            var host = await Overlord.Server.Hosting.NodeHost.CreateAsync(options, cancellationToken);
            try
            {
                await host.StartAsync(cancellationToken);
            }
            catch (IOException) when (attempt < Attempts)
            {
                await host.DisposeAsync();
                continue;
            }
            catch
            {
                await host.DisposeAsync();
                throw;
            }

            var key = await SigningKeyFile.LoadAsync(config.SecretKey?.Reveal(), config.SecretKeyFile, TimeProvider.System, cancellationToken);
            var token = new TokenService(key, TimeProvider.System).Issue(new Dictionary<string, string>(), expiry: null);
            return new HostedNode(host, recorder, token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        await _host.DisposeAsync();
    }
}
