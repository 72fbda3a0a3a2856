namespace Overlord.FakeTools;

internal sealed partial class DirectorFake
{
    private static readonly string[] States = ["done", "failed", "unfinished", "destroying"];

    private int List(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["-s"] = "state", ["--state"] = "state" },
            optionsAnywhere: true);
        if (options.Unknown is not null || options.Positionals.Count > 0)
        {
            return UsageError("ls", $"No such option: {options.Unknown ?? options.Positionals[0]}");
        }

        var wanted = options.Values("state").Count > 0 ? options.Values("state") : States;
        if (wanted.FirstOrDefault(state => !States.Contains(state)) is { } invalid)
        {
            Console.Error.WriteLine($"{invalid}: Invalid state.");
            return ExDataErr;
        }

        var names = _projects.Names().ToList();
        if (names.Count == 0)
        {
            Console.WriteLine("No project has been created.");
            return ExOk;
        }

        var header = true;
        foreach (var name in names)
        {
            var state = _projects.Load(name)?.State ?? "unfinished";
            if (!wanted.Contains(state))
            {
                continue;
            }

            if (header)
            {
                Console.WriteLine("Projects:");
                header = false;
            }

            Console.WriteLine($" {StateSymbol(state)} {name}");
        }

        return ExOk;
    }

    private static string StateSymbol(string state) => state switch
    {
        "done" => "+",
        "failed" => "-",
        "unfinished" => "!",
        "destroying" => "x",
        _ => "?",
    };

    private int Describe(string[] arguments)
    {
        if (FindProject(arguments, "describe", out var name, out var project) is { } exitCode)
        {
            return exitCode;
        }

        var services = project.Services
            .Select(service => PythonJson.Object(("name", service.Name), ("status", _jails.Status(service.Jail)), ("jail", service.Jail)))
            .ToList();
        Console.WriteLine(PythonJson.Dumps(PythonJson.Object(
            ("name", name),
            ("state", project.State.ToUpperInvariant()),
            ("last_log", project.LastLog),
            ("locked", _projects.LockOf(name).Locked),
            ("services", services))));
        return ExOk;
    }

    private int Check(string[] arguments)
    {
        var options = ParseProjectOption(arguments);
        if (options.Unknown is not null || options.Positionals.Count > 0)
        {
            return UsageError("check", $"No such option: {options.Unknown ?? options.Positionals[0]}");
        }

        var name = options.Value("project") ?? ProjectFromEnvironment();
        return name is null ? ProjectNotSpecified() : _projects.Load(name) is null ? ExNoInput : ExOk;
    }

    private int Cancel(string[] arguments)
    {
        if (FindProject(arguments, "cancel", out var name, out var project) is { } exitCode)
        {
            return exitCode;
        }

        // director/project.py's terminate(): only an UNFINISHED project with a recorded pid is signalled;
        // psutil.Process(pid) of a gone pid raises NoSuchProcess, which cancel's `except Exception` reports (exit 70).
        var projectLock = _projects.LockOf(name);
        if (project.State == "unfinished" && projectLock.Pid is { } pid && !FakeProjectLock.IsAlive(pid))
        {
            return Exception(NewLogFolder(), "NoSuchProcess", $"process PID not found (pid={pid})", null);
        }

        if (project.State == "unfinished" && projectLock.Locked)
        {
            _projects.RequestCancel(name);
        }

        // cancel then runs remove_process(): the pid key goes while the up may still be cleaning up.
        projectLock.RemoveProcess();

        return ExOk;
    }

    /// <summary>Reads -p (or DIRECTOR_PROJECT) and loads the project; an exit code when that fails.</summary>
    private int? FindProject(string[] arguments, string command, out string name, out FakeProject project)
    {
        name = "";
        project = new FakeProject();
        var options = ParseProjectOption(arguments);
        if (options.Unknown is not null || options.Positionals.Count > 0)
        {
            return UsageError(command, $"No such option: {options.Unknown ?? options.Positionals[0]}");
        }

        if ((options.Value("project") ?? ProjectFromEnvironment()) is not { } given)
        {
            return ProjectNotSpecified();
        }

        name = given;
        if (_projects.Load(given) is not { } found)
        {
            Console.Error.WriteLine($"{given}: Project not found.");
            return ExNoInput;
        }

        project = found;
        return null;
    }
}
