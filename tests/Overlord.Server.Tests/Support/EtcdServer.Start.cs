using System.Diagnostics;

namespace Overlord.Server.Tests.Support;

public sealed partial class EtcdServer
{
    private async Task RunAsync()
    {
        var executable = Executable();

        // Another process may take a port between FreePort and etcd's bind: then try new ports.
        for (var attempt = 1; ; attempt++)
        {
            ClientPort = FreePort();
            var peer = $"http://127.0.0.1:{FreePort()}";
            var client = ClientUrl.AbsoluteUri.TrimEnd('/');
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[
                "--name", "test", "--data-dir", _folder.Combine($"data-{attempt}"),
                "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", $"test={peer}"])
            {
                start.ArgumentList.Add(argument);
            }

            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, line) => Append(line.Data);
            _process.ErrorDataReceived += (_, line) => Append(line.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            if (await HealthyAsync())
            {
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException($"etcd did not start:\n{Output()}");
            }

            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            _process.Dispose();
            _process = null;
        }
    }

    /// <summary>Polls <c>/health</c> until etcd answers, it exits, or the deadline passes.</summary>
    private async Task<bool> HealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        return await Eventually.HeldAsync(async () => _process!.HasExited || await AnswersAsync(http)) && !_process!.HasExited;
    }

    private async Task<bool> AnswersAsync(HttpClient http)
    {
        try
        {
            var health = await http.GetStringAsync(new Uri(ClientUrl, "/health"), TestContext.Current.CancellationToken);
            return health.Contains("true", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false; // not listening yet
        }
        catch (TaskCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return false; // slow machine: ask again
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
