using System.Diagnostics;

namespace Overlord.Testing;

/// <summary>
/// A node started as an operator starts it: the built <c>overlord serve --config FILE</c> as a real process,
/// ready once it printed its "Listening on" line, stopped with SIGTERM (and killed if it lingers).
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Task<string> _stderr;
    private bool _disposed;

    private ServeProcess(Process process, string listening)
    {
        _process = process;
        Listening = listening;
        _stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The line the node printed when it was ready.</summary>
    public string Listening { get; }

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts <c>overlord serve</c> with the config file and waits until it listens: <paramref name="executable"/>,
    /// or the build the tests use when null.
    /// </summary>
    public static async Task<ServeProcess> StartAsync(
        string configFile, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null, string? executable = null)
    {
        var start = new ProcessStartInfo(executable ?? RepositoryLayout.OverlordExecutable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(configFile)!,
        };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(configFile);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("overlord serve did not start");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        var line = await process.StandardOutput.ReadLineAsync(limit.Token);
        if (line is null || !line.StartsWith("Listening on", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"overlord serve did not start: {line} {await process.StandardError.ReadToEndAsync(cancellationToken)}");
        }

        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        return new ServeProcess(process, line);
    }

    /// <summary>A TCP port that was free a moment ago on 127.0.0.1.</summary>
    public static int FreePort() => TestPorts.Free();

    /// <summary>Sends SIGTERM and waits for a clean exit; returns the exit code.</summary>
    public async Task<int> StopAsync(CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(cancellationToken);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Patience);
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL to the node alone (Process.Kill sends it on Unix), as a crash or the OOM killer would: its service processes live on.</summary>
    public async Task KillNodeOnlyAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>What the node wrote on standard error (after it stopped).</summary>
    public Task<string> StandardErrorAsync() => _stderr;

    /// <summary>Kills the node if it still runs; a second call does nothing (a test may dispose a node its tree disposes again).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
