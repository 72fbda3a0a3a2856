using System.Globalization;

namespace Overlord.FakeTools;

/// <summary>
/// A project's lock and process keys as Director keeps them (director/project.py): <c>LOCKS/NAME/lock</c>, an empty
/// file (<c>Project.lock</c>, <c>locked</c>, <c>unlock</c>), and <c>PROJECTS/NAME/pid</c> (the real one also keeps <c>ppid</c>, which no caller here reads), written by
/// an up (<c>register_process</c>) and removed at its exit (<c>remove_process</c>, an atexit handler a SIGKILL skips).
/// </summary>
internal sealed class FakeProjectLock(FakeSettings settings, string project)
{
    public string LockFile => Path.Combine(settings.LocksDirectory, project, "lock");

    public bool Locked => File.Exists(LockFile);

    /// <summary>project.py's lock(): refuses a locked project with ProjectLocked's very text, else creates the lock.</summary>
    public string? TryLock()
    {
        if (Locked)
        {
            return $"{project}: Project locked. Run `rm -f {LockFile}` if you are sure that no other process is locking this project.";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(LockFile)!);
        File.WriteAllText(LockFile, "");
        return null;
    }

    public void Unlock() => File.Delete(LockFile);

    /// <summary>The pid the project's last up recorded (project.py's get_pid), or null.</summary>
    public int? Pid => File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;

    /// <summary>project.py's register_process: refuses while the recorded pid still runs, then records this process.</summary>
    public string? RegisterProcess()
    {
        if (Pid is { } pid && IsAlive(pid))
        {
            return $"{pid}: Can't create PID file because the process is already running.";
        }

        Directory.CreateDirectory(KeysDirectory);
        File.WriteAllText(PidFile, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    public void RemoveProcess() => File.Delete(PidFile);

    public static bool IsAlive(int pid)
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
    }

    private string KeysDirectory => Path.Combine(settings.ProjectsDirectory, project);

    private string PidFile => Path.Combine(KeysDirectory, "pid");
}
