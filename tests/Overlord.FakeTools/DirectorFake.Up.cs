using System.Runtime.InteropServices;

namespace Overlord.FakeTools;

internal sealed partial class DirectorFake
{
    private static readonly TimeSpan TerminationCleanup = TimeSpan.FromMilliseconds(300);

    /// <summary>Set by SIGTERM during an `up`; the signal handler runs on another thread.</summary>
    private static volatile bool _terminated;

    private static bool Terminated
    {
        get => _terminated;
        set => _terminated = value;
    }

    private int Up(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string>
            {
                ["-j"] = "json",
                ["--json"] = "json",
                ["-q"] = "quiet",
                ["--quiet"] = "quiet",
                ["--overwrite"] = "overwrite",
            },
            new Dictionary<string, string> { ["-f"] = "file", ["--file"] = "file", ["-p"] = "project", ["--project"] = "project" },
            optionsAnywhere: true);
        if (options.Unknown is not null || options.Positionals.Count > 0)
        {
            return UsageError("up", $"No such option: {options.Unknown ?? options.Positionals[0]}");
        }

        var json = options.Has("json");
        var report = new DirectorReport();
        var project = options.Value("project") ?? ProjectFromEnvironment() ?? RandomName();
        var exitCode = UpProject(project, options.Value("file") ?? "appjail-director.yml", options.Has("overwrite"), json || options.Has("quiet"), report);
        if (json)
        {
            Console.WriteLine(report.ToJson());
        }

        return exitCode;
    }

    private int UpProject(string project, string file, bool overwrite, bool quiet, DirectorReport report)
    {
        if (!File.Exists(file))
        {
            if (!quiet)
            {
                Console.Error.WriteLine($"{file}: Director file cannot be found.");
            }

            report.ErrLevel = ExNoInput;
            report.Message = $"{file}: Director file cannot be found.";
            return ExNoInput;
        }

        var log = NewLogFolder();
        Say(quiet, $"Starting Director (project:{project}) ...");

        // director/project.py, Project.open: lock() comes first, so a locked project is refused whatever its file
        // holds; a file that does not parse unlocks again (its `except: self.unlock()`) and raises.
        var projectLock = _projects.LockOf(project);
        if (projectLock.TryLock() is { } locked)
        {
            return Exception(log, "ProjectLocked", locked, report);
        }

        var (declared, error) = DirectorFileReader.Read(file);
        if (error is not null)
        {
            projectLock.Unlock();
            return Exception(log, "InvalidSpec", error, report);
        }

        var state = _projects.Load(project) ?? new FakeProject();
        state.State = "unfinished";
        _projects.Save(project, state);

        // director/__init__.py's up: register_process() after the UNFINISHED state; a live recorded pid is an exception.
        if (projectLock.RegisterProcess() is { } running)
        {
            projectLock.Unlock();
            return Exception(log, "ProcessAlreadyExists", running, report);
        }

        // director/__init__.py handles SIGTERM (HANDLER_SIGNALS) by stopping and leaving through the project's
        // __exit__, which unlocks it; SIGKILL gives no such chance, so the lock stays.
        using var termination = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            Terminated = true;
        });
        var done = false;
        try
        {
            var exitCode = RemoveChanged(state, declared, overwrite, log, quiet, report);
            if (exitCode != ExOk)
            {
                return exitCode;
            }

            state.Services = declared.Select(service => NextService(state, service)).ToList();
            _projects.Save(project, state);
            if (WaitForCancel(project))
            {
                // director/__init__.py: a stop (cancel's SIGTERM) before the first service leaves the loop with
                // errlevel still 0, so Director exits 0 and the project ends FAILED: only the state tells.
                return ExOk;
            }

            foreach (var service in state.Services.OrderBy(service => service.Priority))
            {
                exitCode = CreateAndStart(service, log, quiet, state, report);
                if (exitCode != ExOk)
                {
                    return exitCode;
                }
            }

            done = true;
            Say(quiet, $"Finished: {project}");
            return ExOk;
        }
        finally
        {
            if (Terminated)
            {
                // The moment Director's cleanup takes (stopping what it started): a SIGKILL now leaves the lock.
                Thread.Sleep(TerminationCleanup);
            }

            // The `with Project(...)` block's __exit__ unlocks; atexit then runs remove_process and set_state.
            projectLock.Unlock();
            projectLock.RemoveProcess();
            state.State = done ? "done" : "failed";
            _projects.Save(project, state);
            _projects.ClearCancel(project);
        }
    }
}
