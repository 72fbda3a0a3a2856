namespace Overlord.FakeTools;

internal sealed partial class AppJailFake
{
    /// <summary>
    /// `sysrc jail JAIL NAME=VALUE|NAME+=VALUE ...`: sysrc(8) on the jail's /etc/rc.conf, printing
    /// <c>NAME: OLD -> NEW</c> per change as sysrc does (+= appends with a space, once); the jail must be running.
    /// </summary>
    private int SysrcJail(string[] arguments)
    {
        if (arguments.Length < 2)
        {
            return Usage("usage: sysrc jail <jail> [<args> ...]");
        }

        if (CheckJail(arguments[0]) is { } error)
        {
            return error;
        }

        // share/appjail/cmd/sysrc:138-139 runs `cmd local JAIL sysrc -j JAIL ...`, and sysrc(8) -j pipes itself to
        // `jexec JAIL /bin/sh` (usr.sbin/sysrc/sysrc, "Re-execute ourselves with sh(1) via jexec(8)"): a stopped jail
        // fails there with jexec's error and exit 1, and rc.conf is not changed.
        if (!_jails.IsRunning(arguments[0]))
        {
            Console.Error.WriteLine($"jexec: jail \"{arguments[0]}\" not found");
            return 1;
        }

        var rcConf = Path.Combine(_jails.RootOf(arguments[0]), "etc", "rc.conf");
        var values = File.Exists(rcConf)
            ? File.ReadAllLines(rcConf).Select(line => line.Split('=', 2)).Where(pair => pair.Length == 2)
                .ToDictionary(pair => pair[0], pair => pair[1].Trim('"'), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var change in arguments[1..])
        {
            var append = change.Contains("+=", StringComparison.Ordinal);
            var parts = change.Split(append ? "+=" : "=", 2);
            var old = values.GetValueOrDefault(parts[0], "");
            var words = old.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var value = !append ? parts[1] : words.Contains(parts[1]) ? old : string.Join(' ', [.. words, parts[1]]);
            values[parts[0]] = value;
            Console.WriteLine($"{parts[0]}: {old} -> {value}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(rcConf)!);
        File.WriteAllLines(rcConf, values.Select(pair => $"{pair.Key}=\"{pair.Value}\""));
        return 0;
    }

    /// <summary>`image import [-a ARCH] [-t TAG] [-n NAME] [--] ENTRYPOINT`: only says so (the tests bring their images).</summary>
    private static int ImageImport(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["-a"] = "arch", ["-t"] = "tag", ["-n"] = "name" },
            optionsAnywhere: false);
        if (options.Positionals is not [var entrypoint] || options.Value("name") is not { } name)
        {
            return Usage("usage: image import [-f] [-a <arch>] [-b <branch>] [-N] [-n <name>] [-t <tag>] [--] <method>");
        }

        Log("info", $"Importing {name} ({options.Value("tag") ?? "latest"}, {options.Value("arch") ?? "amd64"}) from {entrypoint} ...");
        return 0;
    }
}
