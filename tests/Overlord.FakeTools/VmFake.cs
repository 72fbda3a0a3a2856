namespace Overlord.FakeTools;

/// <summary>
/// A fake vm-bhyve `vm`: create, start, stop and poweroff, keeping each machine's state in STATE/vm/NAME,
/// with vm-bhyve's "vm: ERROR: ..." messages and exit code 1.
/// </summary>
internal sealed class VmFake(FakeSettings settings)
{
    private const string Running = "running";
    private const string Stopped = "stopped";

    public int Run(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments.Skip(1),
            new Dictionary<string, string> { ["-f"] = "force" },
            new Dictionary<string, string> { ["-t"] = "template", ["-i"] = "image", ["-s"] = "size", ["-d"] = "datastore" },
            optionsAnywhere: false);
        var name = options.Positionals.FirstOrDefault();
        if (arguments.Length == 0 || name is null)
        {
            Console.WriteLine("usage: vm [-f] <create|start|stop|poweroff> [options] <name>");
            return 1;
        }

        var state = StateOf(name);
        return arguments[0] switch
        {
            "create" when state is not null => Error($"virtual machine already exists in {settings.VmDirectory}/{name}"),
            "create" => Set(name, Stopped),
            "start" when state is null => Error($"{name} doesn't appear to be a valid virtual machine"),
            "start" when state == Running => Error($"{name} appears to be already running"),
            "start" => Started(name),
            "stop" or "poweroff" when state != Running => Error($"{name} doesn't appear to be a running virtual machine"),
            "stop" or "poweroff" => Set(name, Stopped),
            _ => Error($"unknown command '{arguments[0]}'"),
        };
    }

    private int Started(string name)
    {
        Console.WriteLine($"Starting {name}");
        return Set(name, Running);
    }

    private static int Error(string message)
    {
        Console.Error.WriteLine($"vm: ERROR: {message}");
        return 1;
    }

    private string? StateOf(string name)
    {
        var file = Path.Combine(settings.VmDirectory, name);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    private int Set(string name, string state)
    {
        Directory.CreateDirectory(settings.VmDirectory);
        File.WriteAllText(Path.Combine(settings.VmDirectory, name), state);
        return 0;
    }
}
