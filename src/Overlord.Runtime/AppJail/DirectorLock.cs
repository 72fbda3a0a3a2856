using System.Globalization;
using System.Text.RegularExpressions;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// A project lock Director refuses to run with. director/project.py's <c>lock()</c> creates an empty
/// <c>LOCKS/NAME/lock</c> and raises ProjectLocked (<c>NAME: Project locked. Run `rm -f LOCK` if you are sure that no
/// other process is locking this project.</c>, exit 70) while it exists; an up records its pid in
/// <c>PROJECTS/NAME/pid</c> just after locking (<c>register_process</c>) and both go at its exit, which a SIGKILL
/// skips. A down records no pid, and <c>cancel</c> removes the pid while its up is still cleaning up.
/// </summary>
internal static partial class DirectorLock
{
    /// <summary>The lock file ProjectLocked names, when Director refused <paramref name="project"/> for its lock.</summary>
    public static string? LockFileOf(string project, string stderr)
    {
        if (DirectorException.Describe(stderr) is not { } note || !note.StartsWith("ProjectLocked:", StringComparison.Ordinal)
            || RemoveHint().Match(note) is not { Success: true } match)
        {
            return null;
        }

        // Only the file Director's own layout gives this project: LOCKS/NAME/lock, an absolute path.
        var file = match.Groups["file"].Value;
        return Path.IsPathFullyQualified(file) && Path.GetFileName(file) == "lock"
            && Path.GetFileName(Path.GetDirectoryName(file)) == project ? file : null;
    }

    /// <summary>
    /// Stale only when the up that took the lock is gone: its recorded pid runs no more, and the lock is not newer
    /// than that pid (a down, or an up before its register_process, takes the lock without recording a pid).
    /// Our own node never holds it then: its queue runs one job of a project at a time, and that job's Director is
    /// the very process refused here.
    /// </summary>
    public static DirectorLockVerdict Inspect(string project, string lockFile, string projectsDirectory)
    {
        var pidFile = Path.Combine(projectsDirectory, project, "pid");
        var removeByHand = $"once no appjail-director of {project} runs, remove it: rm -f {lockFile}";
        if (!File.Exists(lockFile))
        {
            return new(false, $"{lockFile} has gone since Director refused the project; apply again.");
        }

        if (!File.Exists(pidFile) || !int.TryParse(File.ReadAllText(pidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return new(false, $"{lockFile} is held by a Director run that recorded no pid in {pidFile} (a down, or a cancelled up still cleaning up); {removeByHand}");
        }

        if (IsRunning(pid))
        {
            return new(false, $"{lockFile} is held by appjail-director pid {pid}, still running; wait for it to end or cancel it.");
        }

        if (File.GetLastWriteTimeUtc(lockFile) > File.GetLastWriteTimeUtc(pidFile))
        {
            return new(false, $"pid {pid} recorded in {pidFile} is gone, but {lockFile} was taken after it, by a run that recorded no pid; {removeByHand}");
        }

        return new(true, $"{lockFile} was stale: appjail-director pid {pid} ({pidFile}) that locked {project} is gone; the lock was removed and Director run again.");
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"Project locked\. Run `rm -f (?<file>[^`]+)`", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RemoveHint();
}

/// <summary>Whether a lock may be removed, and what to tell the operator either way.</summary>
internal sealed record DirectorLockVerdict(bool Stale, string Explanation);
