using System.Diagnostics;
using Overlord.Bench.Measuring;

namespace Overlord.Bench.Nodes;

/// <summary>
/// <c>overlord serve --config FILE</c> as its own process, its output in a log file beside the config (as daemon(8)
/// would keep it), ready once <c>/healthz</c> answers; killed when disposed.
/// </summary>
public sealed class ServedNode : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;

    private ServedNode(Process process, string address, string token)
    {
        _process = process;
        Address = address;
        Token = token;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a final slash.</summary>
    public string Address { get; }

    /// <summary>A token the node accepts (made with gen-token).</summary>
    public string Token { get; }

    public int ProcessId => _process.Id;

    public long ResidentBytes => ResidentMemory.BytesOf(_process.Id);

    /// <summary>CPU time (user + system) the node has used since it started.</summary>
    public TimeSpan ProcessorTime => Measuring.ProcessorTime.Of(_process.Id);

    public static async Task<ServedNode> StartAsync(OverlordCli cli, string configFile, int port, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var log = Path.Combine(Path.GetDirectoryName(configFile)!, "serve.log");
        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(configFile)! };
        foreach (var argument in new[] { "-c", "exec \"$0\" serve --config \"$1\" >\"$2\" 2>&1", cli.Executable, configFile, log })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("overlord serve did not start");
        var node = new ServedNode(process, $"http://127.0.0.1:{port}", token);
        try
        {
            using var http = new HttpClient();
            await Eventually.HoldsAsync(
                async cancellation => process.HasExited
                    ? throw new InvalidOperationException($"overlord serve exited: {await File.ReadAllTextAsync(log, cancellation)}")
                    : await HealthyAsync(http, node.Address, cancellation),
                $"overlord serve --config {configFile} ready",
                Patience,
                cancellationToken);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> HealthyAsync(HttpClient http, string address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"{address}/healthz"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
