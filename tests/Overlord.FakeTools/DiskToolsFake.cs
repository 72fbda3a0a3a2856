namespace Overlord.FakeTools;

/// <summary>
/// Fake FreeBSD disk tools that the VM installers call: `mdconfig` attaches a file as mdN (kept in STATE/md),
/// `gpart` and `newfs` print what the real ones print for the calls made, `mount` and `umount` do nothing.
/// </summary>
internal sealed class DiskToolsFake(FakeSettings settings)
{
    private string MdDirectory => Path.Combine(settings.StateDirectory, "md");

    public int Mdconfig(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            SplitShortOptions(arguments),
            new Dictionary<string, string> { ["-a"] = "attach", ["-d"] = "detach" },
            new Dictionary<string, string> { ["-t"] = "type", ["-f"] = "file", ["-u"] = "unit" },
            optionsAnywhere: true);
        if (options.Has("attach") && options.Value("file") is { } file)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"mdconfig: {file}: No such file or directory");
                return 1;
            }

            Directory.CreateDirectory(MdDirectory);
            var unit = Enumerable.Range(0, 1024).First(n => !File.Exists(Path.Combine(MdDirectory, $"md{n}")));
            File.WriteAllText(Path.Combine(MdDirectory, $"md{unit}"), file);
            Console.WriteLine($"md{unit}");
            return 0;
        }

        if (options.Has("detach") && options.Value("unit") is { } detached)
        {
            var path = Path.Combine(MdDirectory, detached.StartsWith("md", StringComparison.Ordinal) ? detached : "md" + detached);
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"mdconfig: ioctl(/dev/mdctl): No such file or directory");
                return 1;
            }

            File.Delete(path);
            return 0;
        }

        Console.Error.WriteLine("usage: mdconfig -a -t type [-n] [-o [no]option] ... [-f file]");
        return 1;
    }

    /// <summary>getopt's grouped short options: <c>-at vnode</c> is <c>-a -t vnode</c>.</summary>
    private static IEnumerable<string> SplitShortOptions(IEnumerable<string> arguments) =>
        arguments.SelectMany(argument => argument.Length > 2 && argument[0] == '-' && argument[1] != '-'
            ? argument.Skip(1).Select(letter => "-" + letter)
            : [argument]);

    public static int Gpart(string[] arguments)
    {
        var geom = arguments.Length > 0 ? Path.GetFileName(arguments[^1]) : "";
        var options = ParsedOptions.Parse(
            arguments.Skip(1).SkipLast(1),
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["-s"] = "s", ["-t"] = "t", ["-a"] = "a", ["-b"] = "b", ["-l"] = "l", ["-i"] = "i", ["-p"] = "p" },
            optionsAnywhere: true);
        switch (arguments.FirstOrDefault())
        {
            case "create" when options.Value("s") is not null:
                Console.WriteLine($"{geom} created");
                return 0;
            case "add" when options.Value("t") is not null && options.Value("i") is { } index:
                Console.WriteLine($"{geom}p{index} added");
                return 0;
            case "bootcode" when options.Value("p") is not null && options.Value("i") is { } index:
                Console.WriteLine($"partcode written to {geom}p{index}");
                return 0;
            case "bootcode":
                Console.WriteLine($"bootcode written to {geom}");
                return 0;
            default:
                Console.Error.WriteLine("usage: gpart add -t type [-a alignment] [-b start] [-s size] [-i index] [-l label] [-f flags] geom");
                return 1;
        }
    }

    public static int Newfs(string[] arguments)
    {
        var device = arguments.LastOrDefault() ?? "";
        Console.WriteLine($"{device}: 1024.0MB (2097152 sectors) block size 32768, fragment size 4096");
        Console.WriteLine("\tusing 4 cylinder groups of 256.03MB, 8193 blks, 32896 inodes.");
        Console.WriteLine("super-block backups (for fsck_ffs -b #) at:");
        Console.WriteLine(" 192, 524544, 1048896, 1573248");
        return 0;
    }
}
