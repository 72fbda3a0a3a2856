namespace Overlord.FakeTools;

internal sealed partial class DirectorFake
{
    private int Down(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string>
            {
                ["-d"] = "destroy",
                ["--destroy"] = "destroy",
                ["-j"] = "json",
                ["--json"] = "json",
                ["-q"] = "quiet",
                ["--quiet"] = "quiet",
                ["--ignore-failed"] = "ignore-failed",
                ["--ignore-services"] = "ignore-services",
            },
            new Dictionary<string, string> { ["-p"] = "project", ["--project"] = "project" },
            optionsAnywhere: true);
        if (options.Unknown is not null || options.Positionals.Count > 0)
        {
            return UsageError("down", $"No such option: {options.Unknown ?? options.Positionals[0]}");
        }

        var json = options.Has("json");
        var project = options.Value("project") ?? ProjectFromEnvironment();
        if (project is null)
        {
            return ProjectNotSpecified();
        }

        var report = new DirectorReport();
        var exitCode = DownProject(project, options, json || options.Has("quiet"), report);
        if (json)
        {
            Console.WriteLine(report.ToJson());
        }

        return exitCode;
    }

    private int DownProject(string project, ParsedOptions options, bool quiet, DirectorReport report)
    {
        Say(quiet, $"Starting Director (project:{project}) ...");
        var state = _projects.Load(project);
        if (state is null)
        {
            if (!quiet)
            {
                Console.Error.WriteLine($"{project}: Project not found.");
            }

            report.ErrLevel = ExNoInput;
            report.Message = $"{project}: Project not found.";
            return ExNoInput;
        }

        // director/__init__.py's down: project_obj.lock(), its unlock registered with atexit; no pid is recorded.
        var projectLock = _projects.LockOf(project);
        if (projectLock.TryLock() is { } locked)
        {
            return Exception(NewLogFolder(), "ProjectLocked", locked, report);
        }

        var destroy = options.Has("destroy");
        state.State = "destroying";
        _projects.Save(project, state);
        var done = false;
        try
        {
            if (!options.Has("ignore-services"))
            {
                foreach (var service in state.Services.OrderByDescending(service => service.Priority))
                {
                    if (_jails.IsRunning(service.Jail))
                    {
                        StopJail(service, quiet, report);
                    }

                    if (destroy && DestroyJail(service, quiet, report) is var destroyed and not ExOk && !options.Has("ignore-failed"))
                    {
                        // director/__init__.py:780-786: this exit (destroy's returncode) leaves errlevel at 0 in the
                        // JSON, only the exit code tells.
                        return destroyed;
                    }
                }
            }

            if (destroy)
            {
                Say(quiet, $"Destroying {project} ... Done.");
                _projects.Remove(project);
            }

            done = true;
            return ExOk;
        }
        finally
        {
            projectLock.Unlock();
            if (_projects.Load(project) is not null)
            {
                state.State = done ? "done" : "failed";
                _projects.Save(project, state);
            }
        }
    }

    /// <summary>Stops a service's jail unless OVERLORD_FAKE_FAIL says stop:SERVICE; a failure is reported, not fatal.</summary>
    private bool StopJail(FakeService service, bool quiet, DirectorReport report)
    {
        if (settings.Fails("stop", service.Name))
        {
            Say(quiet, $"Stopping {service.Name} ({service.Jail}) ... FAIL!");
            report.Failed.Add(("stop", service.Name));
            return false;
        }

        _jails.Stop(service.Jail);
        Say(quiet, $"Stopping {service.Name} ({service.Jail}) ... Done.");
        return true;
    }

    /// <summary>
    /// `appjail jail destroy`'s exit code. A jail that is gone fails too: share/appjail/cmd/jail's _basic_chk_jail
    /// (lines 2576-2578) exits 66 with "Cannot find the jail", which Director lists in `failed` (director/__init__.py:773-783).
    /// </summary>
    private int DestroyJail(FakeService service, bool quiet, DirectorReport report)
    {
        var code = settings.FailureCode("destroy", service.Name) ?? (_jails.Exists(service.Jail) ? ExOk : ExNoInput);
        if (code != ExOk)
        {
            Say(quiet, $"Destroying {service.Name} ({service.Jail}) ... FAIL!");
            report.Failed.Add(("destroy", service.Name));
            return code;
        }

        _jails.Destroy(service.Jail);
        Say(quiet, $"Destroying {service.Name} ({service.Jail}) ... Done.");
        return ExOk;
    }
}
