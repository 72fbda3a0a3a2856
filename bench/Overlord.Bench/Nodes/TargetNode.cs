using Microsoft.AspNetCore.Builder;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Hosting;

namespace Overlord.Bench.Nodes;

/// <summary>
/// The node the agent deploys to (label <c>web</c>): a real node hosted in the bench's own process, so that a
/// <see cref="WriteRecorder"/> in front of its pipeline can time the first request a webhook causes on it.
/// </summary>
public sealed class TargetNode : IAsyncDisposable
{
    private readonly NodeHost _host;

    private TargetNode(NodeHost host, WriteRecorder recorder, string token)
    {
        _host = host;
        Recorder = recorder;
        Token = token;
    }

    public WriteRecorder Recorder { get; }

    public string Token { get; }

    public string Address => _host.HttpAddress.AbsoluteUri.TrimEnd('/');

    public static async Task<TargetNode> StartAsync(OverlordCli cli, string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var file = NodeConfig.Write(directory, FreePort.Next(), ["web"], []);
        var token = await cli.GenTokenAsync(file, cancellationToken);
        var config = ConfigLoader.Load(file, VariableSource.Empty).Config ?? throw new InvalidOperationException($"{file} was refused");
        var recorder = new WriteRecorder();
        var host = await NodeHost.CreateAsync(new NodeHostOptions { Config = config, ConfigurePipeline = app => app.Use(recorder.InvokeAsync) }, cancellationToken);
        await host.StartAsync(cancellationToken);
        return new TargetNode(host, recorder, token);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        await _host.DisposeAsync();
    }
}
