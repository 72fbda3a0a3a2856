using System.ComponentModel;
using System.Diagnostics;

namespace Overlord.FakeTools;

/// <summary>
/// A fake `appjail`: status, label get, jail get, cpuset, cmd jexec (running the fake `vm` in-process, anything
/// else as a child process), cmd local, sysrc jail, image import, start and stop, with AppJail's log lines on stderr
/// and its exit codes.
/// </summary>
internal sealed partial class AppJailFake(FakeSettings settings)
{
    private const int ExUsage = 64;
    private const int ExDataErr = 65;
    private const int ExNoInput = 66;

    private readonly JailStore _jails = new(settings);

    public int Run(string[] arguments) => arguments switch
    {
        ["status", .. var rest] => Status(rest),
        ["label", "get", .. var rest] => LabelGet(rest),
        ["jail", "get", .. var rest] => JailGet(rest),
        ["cpuset", .. var rest] => Cpuset(rest),
        ["cmd", "jexec", .. var rest] => Jexec(rest),
        ["cmd", "local", .. var rest] => Local(rest),
        ["sysrc", "jail", .. var rest] => SysrcJail(rest),
        ["image", "import", .. var rest] => ImageImport(rest),
        ["start", .. var rest] when rest.Length > 0 => Toggle(rest[^1], running: true),
        ["stop", .. var rest] when rest.Length > 0 => Toggle(rest[^1], running: false),
        _ => Usage("usage: appjail [-v] <command> [<args>]"),
    };

    /// <summary>AppJail's log line: elapsed time, level, message (the real one may add colours).</summary>
    private static void Log(string level, string message) =>
        Console.Error.WriteLine($"[00:00:00] [ {level.PadRight(5)} ] {message}");

    private static int Usage(string usage)
    {
        Console.WriteLine(usage);
        return ExUsage;
    }

    private int Status(string[] arguments)
    {
        var quiet = arguments.Length > 0 && arguments[0] == "-q";
        var rest = quiet ? arguments[1..] : arguments;
        if (rest.Length != 1)
        {
            return Usage("usage: status [-q] <jail>");
        }

        var jail = rest[0];
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        var running = _jails.IsRunning(jail);
        if (!quiet)
        {
            Log(running ? "info" : "warn", running ? $"{jail} is running." : $"{jail} is not running.");
        }

        return running ? 0 : 1;
    }

    private int LabelGet(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string> { ["-e"] = "e", ["-H"] = "H", ["-I"] = "I", ["-p"] = "p", ["-t"] = "t" },
            new Dictionary<string, string> { ["-l"] = "label" },
            optionsAnywhere: false);
        if (options.Unknown is not null || options.Value("label") is not { } label || options.Positionals.Count == 0)
        {
            return Usage("usage: label get [-eHIpt] -l <label> <jail> [<keyword> ...]");
        }

        var jail = options.Positionals[0];
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        if (_jails.Label(jail, label) is not { } value)
        {
            Log("error", $"Label '{label}' does not exist.");
            return ExNoInput;
        }

        // share/appjail/cmd/label:174 reads the value file with `head -1`: only its first line is printed, whatever follows.
        var firstLine = value.Split('\n')[0];
        var keywords = options.Positionals.Count > 1 ? options.Positionals.Skip(1) : ["name", "value"];
        Console.WriteLine(string.Join('\t', keywords.Select(keyword => keyword == "name" ? label : firstLine)));
        return 0;
    }

    private int Jexec(string[] arguments)
    {
        var rest = arguments.SkipWhile(argument => argument == "--").ToArray();
        if (rest.Length < 2)
        {
            return Usage("usage: cmd jexec <jail> [-d] [-l] [-U <username>|-u <username>] [--] <cmd> [<args> ...]");
        }

        var jail = rest[0];
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        // share/appjail/cmd/cmd:324-327 (cmd_jexec): a jail that is not running gets a warning and `return 0`,
        // so the command never runs and the caller sees success.
        if (!_jails.IsRunning(jail))
        {
            Log("warn", $"{jail} is not running.");
            return 0;
        }

        var command = rest[1..].SkipWhile(argument => argument == "--").ToArray();
        if (command is ["vm", .. var vmArguments])
        {
            CallLog.Append(settings, ToolSelection.Vm, vmArguments);
            return new VmFake(settings, _jails.RootOf(jail)).Run(vmArguments);
        }

        // No chroot here: the command runs in the jail's root folder, and an absolute path that exists there is taken from there.
        var inJail = command[0].StartsWith('/') ? Path.Combine(_jails.RootOf(jail), command[0].TrimStart('/')) : null;
        var executable = inJail is not null && File.Exists(inJail) ? inJail : command[0];
        var root = Directory.Exists(_jails.RootOf(jail)) ? _jails.RootOf(jail) : _jails.PathOf(jail);
        return RunChild([executable, .. command[1..]], root, "jexec");
    }

    /// <summary>`cmd local JAIL CMD...`: runs a command on the host, in the jail's root folder.</summary>
    private int Local(string[] arguments)
    {
        var rest = arguments.SkipWhile(argument => argument == "--").ToArray();
        if (rest.Length < 2)
        {
            return Usage("usage: cmd local <jail> [-j|-r] [--] <cmd> [<args> ...]");
        }

        if (CheckJail(rest[0]) is { } error)
        {
            return error;
        }

        return RunChild(rest[1..].SkipWhile(argument => argument == "--").ToArray(), _jails.RootOf(rest[0]), "local");
    }

    private static int RunChild(string[] command, string workingDirectory, string caller)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command[0], command[1..]) { WorkingDirectory = workingDirectory })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            Console.Error.WriteLine($"{caller}: execvp: {command[0]}: No such file or directory");
            return 1;
        }
    }

    private int Toggle(string jail, bool running)
    {
        if (CheckJail(jail) is { } error)
        {
            return error;
        }

        if (running)
        {
            _jails.Start(jail);
        }
        else
        {
            _jails.Stop(jail);
        }

        Log("info", $"{jail}: {(running ? "started" : "stopped")}.");
        return 0;
    }

    private int? CheckJail(string jail)
    {
        if (!JailStore.IsValidName(jail))
        {
            Log("error", $"Invalid jail name \"{jail}\"");
            return ExDataErr;
        }

        if (!_jails.Exists(jail))
        {
            Log("error", $"Cannot find the jail `{jail}`");
            return ExNoInput;
        }

        return null;
    }
}
