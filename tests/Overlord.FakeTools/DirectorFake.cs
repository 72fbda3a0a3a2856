using System.Globalization;
using System.Security.Cryptography;

namespace Overlord.FakeTools;

/// <summary>
/// A fake `appjail-director` (DtxdF/director 0.17): up, down, ls, describe, check and cancel with Director's
/// options, messages, JSON layout and exit codes (sysexits), keeping projects in the state folder.
/// </summary>
internal sealed partial class DirectorFake(FakeSettings settings)
{
    private const int ExOk = 0;
    private const int ExDataErr = 65;
    private const int ExNoInput = 66;
    private const int ExSoftware = 70;
    private const int ClickUsageError = 2;

    private readonly FakeProjectStore _projects = new(settings);
    private readonly JailStore _jails = new(settings);

    public int Run(string[] arguments)
    {
        // Group options come before the command: -c/--config FILE, -e/--env-file FILE.
        var index = 0;
        while (index < arguments.Length && arguments[index] is "-c" or "--config" or "-e" or "--env-file")
        {
            index += 2;
        }

        if (index >= arguments.Length)
        {
            Console.WriteLine("Usage: appjail-director [OPTIONS] COMMAND [ARGS]...");
            return ClickUsageError;
        }

        var command = arguments[index];
        var rest = arguments[(index + 1)..];
        return command switch
        {
            "up" => Up(rest),
            "down" => Down(rest),
            "ls" => List(rest),
            "describe" => Describe(rest),
            "check" => Check(rest),
            "cancel" => Cancel(rest),
            _ => UsageError(null, $"No such command '{command}'."),
        };
    }

    private static int UsageError(string? command, string error)
    {
        var usage = command is null ? "appjail-director" : $"appjail-director {command}";
        Console.Error.WriteLine($"Usage: {usage} [OPTIONS]{(command is null ? " COMMAND [ARGS]..." : "")}");
        Console.Error.WriteLine($"Try '{usage} --help' for help.");
        Console.Error.WriteLine();
        Console.Error.WriteLine($"Error: {error}");
        return ClickUsageError;
    }

    private static ParsedOptions ParseProjectOption(string[] arguments) =>
        ParsedOptions.Parse(arguments, new Dictionary<string, string>(), new Dictionary<string, string>
        {
            ["-p"] = "project",
            ["--project"] = "project",
        }, optionsAnywhere: true);

    private static string? ProjectFromEnvironment() => Environment.GetEnvironmentVariable("DIRECTOR_PROJECT");

    private static int ProjectNotSpecified()
    {
        Console.Error.WriteLine("The project name is not specified, use `--project` or");
        Console.Error.WriteLine("set the `DIRECTOR_PROJECT` environment variable.");
        return ExDataErr;
    }

    /// <summary>A random jail or project name: 10 hex digits, never all digits (as Director's generate_random_name).</summary>
    private static string RandomName()
    {
        while (true)
        {
            var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
            if (!name.All(char.IsAsciiDigit))
            {
                return name;
            }
        }
    }

    private static void Say(bool quiet, string text)
    {
        if (!quiet)
        {
            Console.WriteLine(text);
        }
    }

    private string NewLogFolder() => Path.Combine(
        settings.DirectorLogsDirectory,
        DateTime.Now.ToString("yyyy-MM-dd_HH'h'mm'm'ss's'", CultureInfo.InvariantCulture));

    private static void WriteLog(string logFolder, string service, string step, string text)
    {
        var folder = Path.Combine(logFolder, service);
        Directory.CreateDirectory(folder);
        File.AppendAllText(Path.Combine(folder, step + ".log"), text + "\n");
    }

    /// <summary>Director's answer to an unexpected exception: a note on stderr, exception.log, EX_SOFTWARE.</summary>
    private static int Exception(string logFolder, string type, string error, DirectorReport? report)
    {
        Directory.CreateDirectory(logFolder);
        var logFile = Path.Combine(logFolder, "exception.log");
        File.AppendAllText(logFile, $"director.exceptions.{type}: {error}\n");
        Console.Error.WriteLine("Exception:");
        Console.Error.WriteLine($" type: {type}");
        Console.Error.WriteLine($" error: {error}");
        Console.Error.WriteLine($" file: {logFile}");
        if (report is not null)
        {
            report.ErrLevel = ExSoftware;
        }

        return ExSoftware;
    }
}
