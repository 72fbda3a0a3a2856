using System.Diagnostics;
using Overlord.Bench.Measuring;

namespace Overlord.Bench.Nodes;

/// <summary><c>hello-kestrel PORT</c>: the plain Kestrel route the load test compares a node's route with.</summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private readonly Process _process;

    private BaselineServer(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BaselineServer> StartAsync(string executable, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(start) ?? throw new InvalidOperationException("hello-kestrel did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BaselineServer(process, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            using var http = new HttpClient();
            await Eventually.HoldsAsync(cancellation => AnswersAsync(http, server.Url, cancellation), "hello-kestrel ready", TimeSpan.FromSeconds(30), cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetStringAsync(url, cancellationToken) == "hello";
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
