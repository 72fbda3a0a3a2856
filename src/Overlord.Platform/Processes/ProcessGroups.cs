using System.Globalization;
using System.Runtime.InteropServices;

namespace Overlord.Platform.Processes;

/// <summary>
/// Signals to whole process groups with kill(2) on a negative id, which Linux, FreeBSD and macOS
/// all support with the same signal numbers. A group is the unit the process runtime stops, so a
/// shell's children and grandchildren go with it; <see cref="SignalProcess"/> is the one-process case
/// (ToolRunner's SIGTERM, which .NET's Process cannot send).
/// </summary>
public static class ProcessGroups
{
    public const int Terminate = 15;

    public const int ForceKill = 9;

    private const int NoSuchProcess = 3;

    /// <summary>Sends a signal to every member of the group; false when the group no longer exists.</summary>
    public static bool Signal(int processGroup, int signal)
    {
        if (processGroup <= 1 || processGroup == Environment.ProcessId)
        {
            return false; // Never signal init, every process (-1) or ourselves.
        }

        if (Kill(-processGroup, signal) == 0)
        {
            return true;
        }

        return Marshal.GetLastPInvokeError() != NoSuchProcess;
    }

    /// <summary>Sends a signal to one process (a fallback for a leader that has no group of its own); false when it is gone.</summary>
    public static bool SignalProcess(int processId, int signal) =>
        processId > 1 && processId != Environment.ProcessId && Kill(processId, signal) == 0;

    /// <summary>
    /// Whether the group has a member that is not a zombie. On Linux /proc tells zombies apart (a
    /// container's init may never reap orphans, and kill(2) still reaches zombies); elsewhere
    /// kill(-group, 0) answers.
    /// </summary>
    public static bool HasLiveMembers(int processGroup)
    {
        if (processGroup <= 1)
        {
            return false;
        }

        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self"))
        {
            return Signal(processGroup, 0);
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && ReadStat(directory) is { } stat && stat.Group == processGroup && stat.State != 'Z')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stops groups that no live supervisor owns: TERM, a bounded wait, then KILL.</summary>
    public static async Task StopAsync(IReadOnlyCollection<int> processGroups, TimeSpan grace, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var signalled = processGroups.Where(group => Signal(group, Terminate)).ToList();
        var started = timeProvider.GetTimestamp();
        while (signalled.Any(HasLiveMembers) && timeProvider.GetElapsedTime(started) < grace)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeProvider, cancellationToken);
        }

        foreach (var group in signalled)
        {
            Signal(group, ForceKill);
        }
    }

    private static (char State, int Group)? ReadStat(string directory)
    {
        try
        {
            // Format: pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
            var text = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[2], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // The process went away while we looked.
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int processId, int signal);
}
