using System.ComponentModel;
using System.Globalization;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// What tells one process apart from a later one that got the same pid: its start time, and on Linux
/// the boot it started in (start times count from boot). Recorded with each process group so that a
/// restarted node signals a leftover group only while its leader is still the process we started.
/// </summary>
internal static class ProcessIdentity
{
    private const string ProcRoot = "/proc";

    private const string BootIdPath = "/proc/sys/kernel/random/boot_id";

    private static readonly Lazy<string> BootId = new(() => File.Exists(BootIdPath) ? File.ReadAllText(BootIdPath).Trim() : "");

    /// <summary>The identity of the live process <paramref name="pid"/>, or null when there is none (or only a zombie).</summary>
    public static async Task<string?> ReadAsync(int pid, CancellationToken cancellationToken)
    {
        if (pid <= 1)
        {
            return null;
        }

        // Linux has /proc (cheap, no process to spawn); FreeBSD has none by default, macOS never: ps answers there.
        return OperatingSystem.IsLinux() && Directory.Exists(Path.Combine(ProcRoot, "self"))
            ? FromProcStat(pid)
            : await FromPsAsync(pid, cancellationToken);
    }

    private static string? FromProcStat(int pid)
    {
        try
        {
            // Format: pid (comm) state ppid ... starttime is field 22; comm may hold spaces and parentheses.
            var text = File.ReadAllText(Path.Combine(ProcRoot, pid.ToString(CultureInfo.InvariantCulture), "stat"));
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            const int StateField = 0;
            const int StartTimeField = 22 - 3;
            return fields[StateField] is "Z" or "X" ? null : $"{BootId.Value}/{fields[StartTimeField]}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // Gone, or went away while we looked.
        }
    }

    private static async Task<string?> FromPsAsync(int pid, CancellationToken cancellationToken)
    {
        ToolResult result;
        try
        {
            result = await ToolRunner.RunAsync(
                "ps",
                ["-o", "stat=", "-o", "lstart=", "-p", pid.ToString(CultureInfo.InvariantCulture)],
                new ToolRunOptions { Timeout = TimeSpan.FromSeconds(10), Environment = new Dictionary<string, string> { ["LC_ALL"] = "C" } },
                cancellationToken);
        }
        catch (Win32Exception)
        {
            return null; // No ps: nothing can be confirmed.
        }

        var fields = result.StdOut.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return result.Succeeded && fields.Length > 1 && !fields[0].StartsWith('Z')
            ? "lstart " + string.Join(' ', fields.Skip(1))
            : null;
    }
}
