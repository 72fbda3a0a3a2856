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
    private const string DefaultDiskSize = "20G";

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
            "create" => Create(name, options.Value("template") ?? "default", options.Value("image"), options.Value("size")),
            "install" when options.Positionals.Count < 2 => Error("usage: vm install [-fi] <name> <iso>"),
            "install" => Install(name, state, options.Positionals[1]),
            "start" => Start(name, state) is { } refusal ? NotStarted(name, refusal, exitCode: 0) : Started(name),

            // lib/vm-core core::stop: util::warn (stderr) and the loop goes on, so it exits 0.
            "stop" when state != Running => Warning($"{name} doesn't appear to be a running virtual machine"),
            "stop" => Set(name, Stopped),

            // lib/vm-core core::poweroff: util::err, exit 1.
            "poweroff" when state != Running => Error($"{name} doesn't appear to be a running virtual machine"),
            "poweroff" => Set(name, Stopped),
            _ => Error($"unknown command '{arguments[0]}'"),
        };
    }

    /// <summary>The vm-bhyve folder as the VM sees it: /vm in a jail, else the fake's own state folder.</summary>
    private string VmFolder => jailRoot is null ? settings.VmDirectory : "/vm";

    private int Create(string name, string template, string? image, string? size)
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

            // lib/vm-core core::create: config::get "_disk_size" "disk0_size" "20G", then -s overrides it.
            var diskSize = size ?? VmConfig.Value(templateFile, "disk0_size") ?? DefaultDiskSize;
            if (VmConfig.Bytes(diskSize) is not { } bytes)
            {
                return Error($"invalid disk size '{diskSize}'");
            }

            var disk = Path.Combine(folder, "disk0.img");
            if (imageFile is not null)
            {
                // core::write_img: qemu-img dd, then qemu-img resize to the disk size, which refuses to shrink.
                File.Copy(imageFile, disk, overwrite: true);
                if (new FileInfo(disk).Length > bytes)
                {
                    Console.Error.WriteLine("qemu-img: Use the --shrink option to perform a shrink operation.");
                    return Error("failed to resize img file with qemu-img");
                }
            }

            // A file disk is truncate -s SIZE (or resized to it), sparse as on FreeBSD.
            using (var stream = new FileStream(disk, imageFile is null ? FileMode.Create : FileMode.Open))
            {
                stream.SetLength(bytes);
            }
        }

        return Set(name, Stopped);
    }

    /// <summary>lib/vm-core core::install: the ISO is looked up first (util::err), then core::__start, whose return 1 is the exit code.</summary>
    private int Install(string name, string? state, string iso)
    {
        if (jailRoot is not null && !File.Exists(Path.Combine(jailRoot, "vm", ".iso", iso)))
        {
            return Error($"unable to locate iso file - '{iso}'");
        }

        return Start(name, state) is { } refusal ? NotStarted(name, refusal, exitCode: 1) : Started(name);
    }

    /// <summary>
    /// Why lib/vm-core core::__start would not start the guest, in its order: not a guest, already running, no cpu or
    /// memory in its configuration. Null when it starts.
    /// </summary>
    private string? Start(string name, string? state)
    {
        if (state is null)
        {
            return $"{name} does not seem to be a valid virtual machine";
        }

        if (state == Running)
        {
            return "guest appears to be running already";
        }

        var configuration = jailRoot is null ? null : Path.Combine(jailRoot, "vm", name, name + ".conf");
        return configuration is not null && (VmConfig.Value(configuration, "cpu") is null || VmConfig.Value(configuration, "memory") is null)
            ? "incomplete virtual machine configuration"
            : null;
    }

    /// <summary>
    /// core::__start prints "  ! reason" on stdout and returns 1; `vm start`'s loop in core::start ends on an
    /// assignment, so it exits 0 anyway, while `vm install` ends on core::__start and exits 1.
    /// </summary>
    private int NotStarted(string name, string reason, int exitCode)
    {
        Console.WriteLine($"Starting {name}");
        if (!reason.EndsWith("does not seem to be a valid virtual machine", StringComparison.Ordinal))
        {
            Console.WriteLine($"  * found guest in {VmFolder}/{name}");
        }

        Console.WriteLine($"  ! {reason}");
        return exitCode;
    }

    private int Started(string name)
    {
        Console.WriteLine($"Starting {name}");
        Console.WriteLine($"  * found guest in {VmFolder}/{name}");
        Console.WriteLine("  * booting...");
        return Set(name, Running);
    }

    /// <summary>lib/vm-util util::warn: a warning on stderr; the command goes on.</summary>
    private static int Warning(string message)
    {
        Console.Error.WriteLine($"vm: WARNING: {message}");
        return 0;
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
