using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Overlord.Core.Results;
using OsProcess = System.Diagnostics.Process;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Starts a shell command as the leader of a new process group, with its output appended to a
/// log file, and learns the group id from the first line the wrapper prints.
/// <para>
/// Why two ways: .NET cannot call setsid/setpgid between fork and exec, and setpgid from the
/// parent fails once the child has exec'd. Where setsid(1) exists (Linux util-linux, BusyBox) it
/// puts the command in a new session and group right away. FreeBSD and macOS have no setsid(1),
/// so there a shell with job control (<c>set -m</c>) starts the command as a background job,
/// which POSIX puts in its own process group; FreeBSD's sh (since 11) and macOS's bash allow job
/// control without a terminal. Debian's dash does not (it turns job control off without a tty),
/// which is why setsid comes first, and why bash is preferred to /bin/sh off FreeBSD (macOS can
/// point /bin/sh at dash).
/// </para>
/// </summary>
internal static class ProcessGroupLauncher
{
    private const string Shell = "/bin/sh";

    // $1 = log file, $2 = command. The leader replaces itself with the command's shell so that
    // its pid stays the group id and `$$` in the command names it.
    private const string LeaderScript = "exec >>\"$1\" 2>&1 </dev/null; exec /bin/sh -c \"$2\"";

    private const string SessionScript = "echo $$; " + LeaderScript;

    private const string JobControlScript = "set -m; /bin/sh -c \"$1\" overlord-service \"$2\" \"$3\" & echo $!; wait $!";

    private static readonly Lazy<string?> SetsidPath = new(FindSetsid);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Starts the command: its process group, or why it could not start.</summary>
    public static async Task<Result<ProcessGroup>> StartAsync(
        string command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        string logPath,
        CancellationToken cancellationToken)
    {
        var startInfo = StartInfo(command, logPath);
        startInfo.WorkingDirectory = workingDirectory;
        startInfo.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new OsProcess { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is Win32Exception or IOException or InvalidOperationException)
        {
            process.Dispose();
            return Result.Failure<ProcessGroup>(ErrorCodes.Unavailable, $"cannot start '{command}' in {workingDirectory}: {exception.Message}");
        }

        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartTimeout);
        string? firstLine;
        try
        {
            firstLine = await process.StandardOutput.ReadLineAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None);
            process.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            return Result.Failure<ProcessGroup>(ErrorCodes.Timeout, $"'{command}' did not start within {StartTimeout}");
        }

        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None); // Drain job notices.
        if (!int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var group))
        {
            await process.WaitForExitAsync(CancellationToken.None);
            var reason = (await standardError).Trim();
            process.Dispose();
            return Result.Failure<ProcessGroup>(ErrorCodes.Unavailable, $"cannot start '{command}': {(reason.Length > 0 ? reason : "no process group")}");
        }

        // Read at once, while the leader is the process we started: a restarted node compares it to tell its own group from a stranger that got the same pid.
        var identity = await ProcessIdentity.ReadAsync(group, CancellationToken.None);
        return new ProcessGroup(process, group, identity, standardError, logPath);
    }

    private static ProcessStartInfo StartInfo(string command, string logPath)
    {
        var startInfo = new ProcessStartInfo
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (SetsidPath.Value is { } setsid)
        {
            startInfo.FileName = setsid;
            foreach (var argument in new[] { Shell, "-c", SessionScript, "overlord-service", logPath, command })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }
        else
        {
            startInfo.FileName = JobControlShell();
            foreach (var argument in new[] { "-c", JobControlScript, "overlord-supervisor", LeaderScript, logPath, command })
            {
                startInfo.ArgumentList.Add(argument);
            }
        }

        return startInfo;
    }

    private static void KillTree(OsProcess process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string JobControlShell() =>
        !OperatingSystem.IsFreeBSD() && File.Exists("/bin/bash") ? "/bin/bash" : Shell;

    private static string? FindSetsid()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/bin")
            .Select(directory => Path.Combine(directory, "setsid"))
            .FirstOrDefault(File.Exists);
    }
}
