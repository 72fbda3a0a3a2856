using System.Diagnostics;
using Overlord.Core;
using Overlord.Platform.Processes;

namespace Overlord.Cli.Demo;

/// <summary>
/// A demo node as an operator runs one: <c>overlord serve --config FILE</c> as a child process (in the demo's process
/// group, so a terminal's Ctrl-C reaches it too), ready once it printed its "Listening on" line. Everything it
/// prints goes to a log file beside its config.
/// </summary>
internal sealed class NodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TextWriter _log;
    private readonly Task _pumps;

    private NodeProcess(Process process, TextWriter log, Task pumps, string logFile)
    {
        _process = process;
        _log = log;
        _pumps = pumps;
        LogFile = logFile;
    }

    public string LogFile { get; }

    /// <summary>Completes when the node process ends, for whatever reason.</summary>
    public Task Exited => _process.WaitForExitAsync(CancellationToken.None);

    public bool HasExited => _process.HasExited;

    public static async Task<NodeProcess> StartAsync(
        SelfInvocation self, string name, string configFile, IReadOnlyDictionary<string, string> environment, TimeSpan patience, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(self.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(configFile)!,
        };
        foreach (var argument in self.LeadingArguments.Concat(["serve", "--config", configFile]))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        var logFile = Path.Combine(Path.GetDirectoryName(configFile)!, "serve.log");
        var log = TextWriter.Synchronized(new StreamWriter(logFile, append: true) { AutoFlush = true });
        var process = Process.Start(start) ?? throw new OverlordException($"node {name} did not start", ExitCodes.Unavailable);
        var errors = PumpAsync(process.StandardError, log);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(patience);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
            {
                await log.WriteLineAsync(line);
                if (line.StartsWith("Listening on", StringComparison.Ordinal))
                {
                    return new NodeProcess(process, log, Task.WhenAll(errors, PumpAsync(process.StandardOutput, log)), logFile);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await AbandonAsync(process, errors, log);
            throw new OverlordException($"node {name} did not listen within {patience.TotalSeconds:0} s; see {logFile}", ExitCodes.Unavailable);
        }
        catch (OperationCanceledException)
        {
            await AbandonAsync(process, errors, log);
            throw;
        }

        await AbandonAsync(process, errors, log);
        throw new OverlordException($"node {name} stopped before it listened (exit code {process.ExitCode}); see {logFile}", ExitCodes.Unavailable);
    }

    /// <summary>SIGTERM, then up to <paramref name="grace"/> for the node's graceful stop (which stops its services); then SIGKILL. True when it stopped by itself.</summary>
    public async Task<bool> StopAsync(TimeSpan grace)
    {
        if (!_process.HasExited)
        {
            ProcessGroups.SignalProcess(_process.Id, ProcessGroups.Terminate);
        }

        using var limit = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        try
        {
            // A process the node left behind could hold its output open: do not wait for it long.
            await _pumps.WaitAsync(TimeSpan.FromSeconds(1));
        }
        catch (TimeoutException)
        {
            // The log misses the last lines of such a process; nothing else depends on them.
        }

        await _log.DisposeAsync();
        _process.Dispose();
    }

    private static async Task AbandonAsync(Process process, Task errors, TextWriter log)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(CancellationToken.None);
        await errors;
        await log.DisposeAsync();
        process.Dispose();
    }

    private static async Task PumpAsync(StreamReader reader, TextWriter log)
    {
        while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
        {
            await log.WriteLineAsync(line);
        }
    }
}
