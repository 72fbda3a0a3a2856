namespace Overlord.FakeTools;

/// <summary>
/// A fake `pkg --rootdir DIR --repo-conf-dir DIR install -- PACKAGE...`: prints pkg's progress lines and marks each
/// package installed as DIR/var/db/pkg/NAME, holding the ABI it was installed for.
/// </summary>
internal static class PkgFake
{
    public static int Run(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["--rootdir"] = "rootdir", ["--repo-conf-dir"] = "conf", ["-r"] = "rootdir", ["-R"] = "conf" },
            optionsAnywhere: false);
        if (options.Positionals is not ["install", .. var rest] || options.Value("rootdir") is not { } root)
        {
            Console.Error.WriteLine("usage: pkg [-v] [-d] [-l] [-N] [-j <jail name or id>|-c <chroot path>|-r <rootdir>] [-C <configuration file>] [-R <repo config dir>] [-o var=value] [-4|-6] <command> [<args>]");
            return 64;
        }

        var packages = rest.Where(argument => argument != "--").ToList();
        var abi = Environment.GetEnvironmentVariable("ABI") ?? "";
        Console.WriteLine("Updating FreeBSD-base repository catalogue...");
        Console.WriteLine("FreeBSD-base repository is up to date.");
        Console.WriteLine("All repositories are up to date.");
        Console.WriteLine("The following " + packages.Count + " package(s) will be affected (of 0 checked):");
        var database = Path.Combine(root, "var", "db", "pkg");
        Directory.CreateDirectory(database);
        foreach (var package in packages)
        {
            Console.WriteLine($"\t{package}: 15.0");
            File.WriteAllText(Path.Combine(database, package), abi);
        }

        return 0;
    }
}
