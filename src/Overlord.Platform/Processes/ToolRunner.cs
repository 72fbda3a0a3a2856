using System.Diagnostics;
using System.Text;

namespace Overlord.Platform.Processes;

/// <summary>
/// Runs an external tool to completion, reading stdout and stderr at the same time (the original read
/// them one after the other and could deadlock, reference section 13), with an optional time limit.
/// A cancelled or timed-out tool is stopped as the original stopped its tools: SIGTERM first, so Director removes its
/// project lock and the VM installers run their EXIT/TERM traps, then, after <see cref="ToolRunOptions.StopGrace"/>,
/// SIGKILL to its whole process tree. Standard input is empty (as /dev/null) unless input is given.
/// Standard output and error are read as UTF-8 text.
/// </summary>
public static class ToolRunner
{
    /// <summary>Exit code reported when the time limit ran out (EX_TEMPFAIL-like, distinct from any tool's own codes).</summary>
    public const int TimedOutExitCode = 124;

    public static async Task<ToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        ToolRunOptions? options,
        CancellationToken cancellationToken)
    {
        options ??= new ToolRunOptions();
        using var process = new Process { StartInfo = StartInfo(fileName, arguments, options) };
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        if (options.StandardInput is not null)
        {
            await process.StandardInput.WriteAsync(options.StandardInput.AsMemory(), cancellationToken);
        }

        // Closed at once: a tool that reads input (a prompt) sees end of file, as from /dev/null, and never waits.
        process.StandardInput.Close();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } timeout)
        {
            limit.CancelAfter(timeout);
        }

        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            await StopAsync(process, options.StopGrace);
            cancellationToken.ThrowIfCancellationRequested();
            return new ToolResult(TimedOutExitCode, await stdout, await stderr + $"{fileName}: killed after {options.Timeout}\n");
        }

        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo StartInfo(string fileName, IEnumerable<string> arguments, ToolRunOptions options)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (options.WorkingDirectory is not null)
        {
            startInfo.WorkingDirectory = options.WorkingDirectory;
        }

        foreach (var (key, value) in options.Environment)
        {
            startInfo.Environment[key] = value;
        }

        return startInfo;
    }

    /// <summary>SIGTERM, up to <paramref name="grace"/> to exit, then SIGKILL to the whole tree.</summary>
    private static async Task StopAsync(Process process, TimeSpan grace)
    {
        if (grace > TimeSpan.Zero && ProcessGroups.SignalProcess(process.Id, ProcessGroups.Terminate))
        {
            using var patience = new CancellationTokenSource(grace);
            try
            {
                await process.WaitForExitAsync(patience.Token);
                return;
            }
            catch (OperationCanceledException)
            {
                // Still running after its grace: killed below.
            }
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        await process.WaitForExitAsync(CancellationToken.None);
    }
}
