using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Overlord.Core;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests;

/// <summary>The built <c>overlord serve</c> as a real process: it answers /healthz, then stops on SIGTERM.</summary>
public sealed class ServeExecutableTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _folder = new("overlord-serve-exe");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Serve_answers_healthz_and_stops_on_sigterm()
    {
        var port = FreePort();
        var config = Path.Combine(_folder.Path, "node.yml");
        File.WriteAllText(config, $"runtime: process\ndata_dir: '{Path.Combine(_folder.Path, "data")}'\nlisten: 127.0.0.1\nport: {port}\nlabels: [edge]\n");
        using var process = Start(config);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            var line = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(Patience, TestContext.Current.CancellationToken);
            using var http = new HttpClient();
            var health = await http.GetStringAsync($"http://127.0.0.1:{port}/healthz", TestContext.Current.CancellationToken);

            var kill = await ToolRunner.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], null, TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(Patience, TestContext.Current.CancellationToken);

            Assert.Equal($"Listening on http://127.0.0.1:{port}/ (runtime: process, labels: edge)", line);
            Assert.Equal("""{"status":"ok"}""", health);
            Assert.Equal(0, kill.ExitCode);
            Assert.True(process.ExitCode == ExitCodes.Ok, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Serve_on_a_busy_port_prints_one_line_and_exits_69()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var config = Path.Combine(_folder.Path, "node.yml");
        File.WriteAllText(config, $"runtime: process\ndata_dir: '{Path.Combine(_folder.Path, "data")}'\nlisten: 127.0.0.1\nport: {port}\nlabels: [edge]\n");

        var serve = await OverlordExecutable.RunAsync(_folder.Path, "serve", "--config", config);

        Assert.Equal(ExitCodes.Unavailable, serve.ExitCode);
        Assert.Equal("", serve.StdOut);
        var line = Assert.Single(OverlordExecutable.Lines(serve.StdErr));
        Assert.StartsWith($"overlord: cannot listen on 127.0.0.1 port {port}: ", line, StringComparison.Ordinal);
    }

    private Process Start(string config)
    {
        var start = new ProcessStartInfo(RepositoryLayout.OverlordExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder.Path,
        };
        foreach (var argument in new[] { "serve", "--config", config })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OVERLORD_CONFIG"] = "";
        return Process.Start(start) ?? throw new InvalidOperationException("overlord did not start");
    }

    private static int FreePort() => TestPorts.Free();
}
