using System.Diagnostics;
using System.Globalization;
using Overlord.Platform.Processes;
using Overlord.Testing;

namespace Overlord.Cli.Tests.Walkthroughs;

/// <summary>
/// <c>overlord demo</c> started as from a terminal: the built executable in a session and process group of its own
/// (setsid), its output collected line by line, and SIGINT sent to the whole group, as Ctrl-C does. It is started
/// with SIGINT ignored, as a background job of a script inherits it (a test run started with <c>&amp;</c>): the demo
/// must take Ctrl-C all the same, and the test then does not depend on how the test run was started.
/// </summary>
internal sealed class DemoProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Task _reading;
    private readonly Task<string> _errors;

    private DemoProcess(Process process)
    {
        _process = process;
        _reading = ReadAsync();
        _errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The last line the demo prints once its tree is up and the hello project deployed.</summary>
    public const string ReadyLine = "Press Ctrl-C to stop.";

    /// <summary>
    /// Waits until the demo prints <see cref="ReadyLine"/>; fails the test, with what the demo printed, when it ends
    /// first or <paramref name="limit"/> passes. Its standard error is read only once it has ended: the nodes and
    /// services inherit that pipe, so awaiting its end while the demo runs would never return.
    /// </summary>
    public async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        var held = await Eventually.HeldAsync(() => Lines.Contains(ReadyLine) || HasExited, limit);
        if (held && !HasExited)
        {
            return;
        }

        var errors = HasExited && await Task.WhenAny(_errors, Task.Delay(TimeSpan.FromSeconds(5))) == _errors ? await _errors : "(standard error still open)";
        Assert.Fail($"the demo {(HasExited ? "ended" : "was not ready after " + limit)} before printing \"{ReadyLine}\":\n{string.Join('\n', Lines)}\n{errors}");
    }

    /// <summary>Starts <c>overlord demo --data-dir DATA</c>: <paramref name="executable"/>, or the build the tests use when null.</summary>
    public static DemoProcess Start(string dataDirectory, IReadOnlyDictionary<string, string> environment, string? executable = null)
    {
        // env restores SIGHUP's default first: a harness under nohup(1) passes it down ignored, and the hangup
        // walk would then test nothing the demo can see.
        var start = new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=HUP", "setsid", "sh", "-c", "trap '' INT; exec \"$0\" \"$@\"", executable ?? RepositoryLayout.OverlordExecutable, "demo", "--data-dir", dataDirectory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new DemoProcess(Process.Start(start)!);
    }

    /// <summary>
    /// <paramref name="signal"/> (INT by default, as Ctrl-C; HUP as a closed terminal) to the demo's process group
    /// (setsid made the demo its leader) and its exit code.
    /// </summary>
    public async Task<int> InterruptGroupAsync(CancellationToken cancellationToken, string signal = "INT")
    {
        var kill = await ToolRunner.RunAsync("kill", ["-s", signal, "--", "-" + _process.Id.ToString(CultureInfo.InvariantCulture)], null, cancellationToken);
        Assert.True(kill.Succeeded, kill.StdErr);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(limit.Token);
        await _reading;
        return _process.ExitCode;
    }

    public Task<string> StandardErrorAsync() => _errors;

    /// <summary>Process ids whose command line mentions the folder (nodes and services run from under the demo's data folder).</summary>
    public static List<(int Id, string CommandLine)> ProcessesUnder(string folder) =>
        Directory.EnumerateDirectories("/proc")
            .Select(directory => int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Select(id => (Id: id, CommandLine: ReadCommandLine(id)))
            .Where(process => process.CommandLine.Contains(folder, StringComparison.Ordinal))
            .ToList();

    /// <summary>After a failed test: kill whatever the demo left, so one failure does not leak processes into the next tests.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await ToolRunner.RunAsync("kill", ["-s", "KILL", "--", "-" + _process.Id.ToString(CultureInfo.InvariantCulture)], null, CancellationToken.None);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
        {
            lock (_lines)
            {
                _lines.Add(line);
            }
        }
    }

    private static string ReadCommandLine(int id)
    {
        try
        {
            return File.ReadAllText($"/proc/{id}/cmdline").Replace('\0', ' ');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
