namespace Overlord.FakeTools;

/// <summary>
/// A fake vm-bhyve `vm`: create, install, start, stop and poweroff, keeping each machine's state in STATE/vm/NAME,
/// with vm-bhyve's "vm: ERROR: ..." messages and exit code 1. Run inside a jail (through `appjail cmd jexec`) it also
/// lays out the jail's vm-bhyve folder (<c>/vm</c> in the jail's root) as the real one does: `create` needs
/// <c>/vm/.templates/TEMPLATE.conf</c> and writes <c>/vm/NAME/NAME.conf</c> and <c>disk0.img</c> (a copy of
/// <c>/vm/.img/IMAGE</c> with -i); `install` needs <c>/vm/.iso/ISO</c>.
/// </summary>
internal sealed class VmFake(FakeSettings settings, string? jailRoot = null)
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
            Console.WriteLine("usage: vm [-f] <create|install|start|stop|poweroff> [options] <name>");
            return 1;
        }

        var state = StateOf(name);
        return arguments[0] switch
        {
            "create" when state is not null => Error($"virtual machine already exists in {VmFolder}/{name}"),
            "create" => Create(name, options.Value("template") ?? "default", options.Value("image")),
            "install" when state is null => Error($"{name} doesn't appear to be a valid virtual machine"),
            "install" when options.Positionals.Count < 2 => Error("usage: vm install [-fi] <name> <iso>"),
            "install" => Install(name, options.Positionals[1]),
            "start" when state is null => Error($"{name} doesn't appear to be a valid virtual machine"),
            "start" when state == Running => Error($"{name} appears to be already running"),
            "start" => Started(name),
            "stop" or "poweroff" when state != Running => Error($"{name} doesn't appear to be a running virtual machine"),
            "stop" or "poweroff" => Set(name, Stopped),
            _ => Error($"unknown command '{arguments[0]}'"),
        };
    }

    /// <summary>The vm-bhyve folder as the VM sees it: /vm in a jail, else the fake's own state folder.</summary>
    private string VmFolder => jailRoot is null ? settings.VmDirectory : "/vm";

    private int Create(string name, string template, string? image)
    {
        if (jailRoot is not null)
        {
            var templateFile = Path.Combine(jailRoot, "vm", ".templates", template + ".conf");
            if (!File.Exists(templateFile))
            {
                return Error($"unable to find template /vm/.templates/{template}.conf");
            }

            var imageFile = image is null ? null : Path.Combine(jailRoot, "vm", ".img", image);
            if (imageFile is not null && !File.Exists(imageFile))
            {
                return Error($"unable to locate specified disk image /vm/.img/{image}");
            }

            var folder = Path.Combine(jailRoot, "vm", name);
            Directory.CreateDirectory(folder);
            File.Copy(templateFile, Path.Combine(folder, name + ".conf"), overwrite: true);
            if (imageFile is null)
            {
                File.WriteAllText(Path.Combine(folder, "disk0.img"), "");
            }
            else
            {
                File.Copy(imageFile, Path.Combine(folder, "disk0.img"), overwrite: true);
            }
        }

        return Set(name, Stopped);
    }

    private int Install(string name, string iso)
    {
        if (jailRoot is not null && !File.Exists(Path.Combine(jailRoot, "vm", ".iso", iso)))
        {
            return Error($"unable to locate installation media /vm/.iso/{iso}");
        }

        return Started(name);
    }

    private int Started(string name)
    {
        Console.WriteLine($"Starting {name}");
        Console.WriteLine($"  * found guest in {VmFolder}/{name}");
        Console.WriteLine("  * booting...");
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
