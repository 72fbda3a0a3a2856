using System.Diagnostics;
using System.Security.Cryptography;

namespace Overlord.FakeTools;

/// <summary>
/// Fake FreeBSD `fetch` (file:// URLs only: tests keep their release mirror in a folder), `sha256 -q`, `lockf`
/// (runs its command), `uuidgen` and `makefs` (writes the image as a listing of the folder it was given).
/// </summary>
internal static class DownloadToolsFake
{
    public static int Fetch(string[] arguments)
    {
        var options = ParsedOptions.Parse(
            arguments,
            new Dictionary<string, string> { ["-R"] = "R", ["-p"] = "p", ["-m"] = "m", ["-Rpm"] = "Rpm" },
            new Dictionary<string, string> { ["-o"] = "output" },
            optionsAnywhere: true);
        if (options.Positionals is not [var url] || options.Value("output") is not { } output)
        {
            Console.Error.WriteLine("usage: fetch [-146AadFlMmnPpqRrsUv] [-B bytes] [-i file] [-o file] URL ...");
            return 1;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsFile || !File.Exists(uri.LocalPath))
        {
            Console.Error.WriteLine($"fetch: {url}: Not Found");
            return 1;
        }

        File.Copy(uri.LocalPath, output, overwrite: true);
        return 0;
    }

    public static int Sha256(string[] arguments)
    {
        if (arguments is not ["-q", var file] || !File.Exists(file))
        {
            Console.Error.WriteLine($"sha256: {arguments.LastOrDefault()}: No such file or directory");
            return 1;
        }

        using var stream = File.OpenRead(file);
        Console.WriteLine(Convert.ToHexStringLower(SHA256.HashData(stream)));
        return 0;
    }

    public static int Lockf(string[] arguments)
    {
        var rest = arguments.SkipWhile(argument => argument.StartsWith('-')).ToArray();
        if (rest.Length < 2)
        {
            Console.Error.WriteLine("usage: lockf [-knsw] [-t seconds] file command [arguments]");
            return 64;
        }

        File.AppendAllText(rest[0], "");
        using var process = Process.Start(new ProcessStartInfo(rest[1], rest[2..]))!;
        process.WaitForExit();
        return process.ExitCode;
    }

    public static int Uuidgen()
    {
        Console.WriteLine(Guid.NewGuid().ToString());
        return 0;
    }

    public static int Makefs(string[] arguments)
    {
        var rest = arguments.SkipWhile(argument => argument != "--").Skip(1).ToArray();
        if (rest is not [var image, var directory])
        {
            Console.Error.WriteLine("usage: makefs [-t fs-type] [-o fs-options] image-file directory");
            return 1;
        }

        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"makefs: Unable to stat `{directory}': No such file or directory");
            return 1;
        }

        var files = Directory.EnumerateFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        File.WriteAllText(image, $"cd9660 {string.Join(' ', arguments.TakeWhile(argument => argument != "--"))}\n{string.Join('\n', files)}\n");
        return 0;
    }
}
