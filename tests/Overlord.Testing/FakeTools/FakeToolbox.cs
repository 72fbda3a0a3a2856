using System.Text;
using System.Text.Json;

namespace Overlord.Testing.FakeTools;

/// <summary>
/// A private set of fake FreeBSD tools for one test: wrapper scripts <c>appjail-director</c>, <c>appjail</c>,
/// <c>vm</c>, <c>rctl</c> and the VM installers' tools (<see cref="InstallTools"/>) in <see cref="BinDirectory"/> that run Overlord.FakeTools, plus their state, jails, Director logs and
/// call log, all in one temp folder deleted on dispose. Give <see cref="Environment"/> to the processes that should
/// see the fakes (it puts <see cref="BinDirectory"/> first on PATH); this process's environment is never changed.
/// </summary>
public sealed partial class FakeToolbox : IDisposable
{
    /// <summary>The FreeBSD tools the VM installers and cloud-init seeds use, faked as well.</summary>
    public static readonly IReadOnlyList<string> InstallTools =
        ["makefs", "mdconfig", "gpart", "newfs", "mount", "umount", "fetch", "sha256", "lockf", "pkg", "uuidgen"];

    private static readonly IReadOnlyList<string> AppJailTools = ["appjail-director", "appjail", "vm", "rctl"];

    private readonly TempDirectory _folder;

    private FakeToolbox(TempDirectory folder)
    {
        _folder = folder;
        Directory.CreateDirectory(BinDirectory);
        Directory.CreateDirectory(StateDirectory);
        Directory.CreateDirectory(JailsDirectory);
        Directory.CreateDirectory(DirectorLogsDirectory);
        var dll = FakeToolsLocator.FindDll();
        var dotnet = FakeToolsLocator.FindDotnet();
        foreach (var tool in AppJailTools.Concat(InstallTools))
        {
            WriteWrapper(Path.Combine(BinDirectory, tool), dotnet, dll, tool);
        }

        Environment = new Dictionary<string, string>
        {
            ["OVERLORD_FAKE_STATE"] = StateDirectory,
            ["OVERLORD_FAKE_JAILS"] = JailsDirectory,
            ["OVERLORD_FAKE_LOGS"] = DirectorLogsDirectory,
            ["OVERLORD_FAKE_LOG"] = CallLogFile,
            ["PATH"] = BinDirectory + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
        };
    }

    /// <summary>The temp folder that holds everything (use it for the test's other files too).</summary>
    public string Root => _folder.Path;

    public string BinDirectory => Path.Combine(Root, "bin");

    public string StateDirectory => Path.Combine(Root, "fake-state");

    /// <summary>AppJail's jails folder (<c>appjail.jails</c>): one folder per jail.</summary>
    public string JailsDirectory => Path.Combine(Root, "jails");

    /// <summary>Director's logs folder (<c>director.logs</c>): <c>DATE/SERVICE/STEP.log</c>.</summary>
    public string DirectorLogsDirectory => Path.Combine(Root, "director-logs");

    /// <summary>Director's projects folder (<c>[projects] directory</c>): a project's <c>NAME/pid</c> key is there.</summary>
    public string DirectorProjectsDirectory => Path.Combine(StateDirectory, "director", "projects");

    /// <summary>Director's locks folder (<c>[locks] directory</c>): <c>NAME/lock</c> while a run holds the project.</summary>
    public string DirectorLocksDirectory => Path.Combine(StateDirectory, "director", "locks");

    public string CallLogFile => Path.Combine(Root, "calls.jsonl");

    public string DirectorPath => Path.Combine(BinDirectory, "appjail-director");

    public string AppJailPath => Path.Combine(BinDirectory, "appjail");

    public string VmPath => Path.Combine(BinDirectory, "vm");

    public string RctlPath => Path.Combine(BinDirectory, "rctl");

    public string MakefsPath => Path.Combine(BinDirectory, "makefs");

    /// <summary>The variables that point the fakes at this toolbox, and PATH with the fakes first.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static FakeToolbox Create() => new(new TempDirectory("overlord-fakes"));

    /// <summary>Makes the given Director steps fail from now on (<c>start:web</c>, <c>makejail:db</c>, <c>stop:web</c>, <c>destroy:web</c>).</summary>
    public void FailSteps(params string[] steps) =>
        File.WriteAllText(Path.Combine(StateDirectory, "fail"), string.Join('\n', steps));

    /// <summary>Makes every later <c>up</c> wait this long while UNFINISHED and locked (so it can be cancelled).</summary>
    public void DelayUps(TimeSpan delay) =>
        File.WriteAllText(Path.Combine(StateDirectory, "up-delay-ms"), ((long)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every call recorded so far, in order.</summary>
    public IReadOnlyList<FakeToolCall> Calls()
    {
        if (!File.Exists(CallLogFile))
        {
            return [];
        }

        return File.ReadAllLines(CallLogFile)
            .Where(line => line.Length > 0)
            .Select(Parse)
            .ToList();
    }

    /// <summary>The recorded calls as command lines (<c>appjail-director check -p web</c>).</summary>
    public IReadOnlyList<string> CommandLines() => Calls().Select(call => call.CommandLine).ToList();

    /// <summary>Deletes the folder; a fake still running (a cancelled test) may hold a file, and then the OS cleans it later.</summary>
    public void Dispose() => _folder.Dispose();

    private static FakeToolCall Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new FakeToolCall(
            root.GetProperty("tool").GetString() ?? "",
            root.GetProperty("args").EnumerateArray().Select(argument => argument.GetString() ?? "").ToList(),
            root.GetProperty("cwd").GetString() ?? "",
            root.GetProperty("env").EnumerateObject().ToDictionary(property => property.Name, property => property.Value.GetString() ?? ""));
    }

    private static void WriteWrapper(string path, string dotnet, string dll, string tool)
    {
        var script = new StringBuilder()
            .Append("#!/bin/sh\n")
            .Append($"exec {Quote(dotnet)} {Quote(dll)} {tool} \"$@\"\n")
            .ToString();
        File.WriteAllText(path, script);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
