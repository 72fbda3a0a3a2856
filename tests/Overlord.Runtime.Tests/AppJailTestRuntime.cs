using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>An AppJailRuntime wired to a test's fake tools, and Director files the tests deploy.</summary>
internal static class AppJailTestRuntime
{
    public const string TwoServices = """
        services:
          web:
            name: web-jail
            makejail: gh+AppJail-makejails/nginx
          db:
            name: db-jail
            priority: 10
        """;

    public const string OneService = """
        services:
          web:
            name: solo-jail
        """;

    /// <summary>As the original generates for a vmJail: one service whose jail has the overlord.vm label.</summary>
    public const string VmProject = """
        services:
          vm:
            name: vm-jail
            makejail: /usr/local/share/overlord/Makejail
            options:
              - label: "overlord.vm:1"
            ignore_mtime: true
        """;

    public static AppJailRuntime Create(FakeToolbox tools) => new(Options(tools), TestLog.For<AppJailRuntime>());

    public static AppJailRuntimeOptions Options(FakeToolbox tools) => new()
    {
        DirectorExecutable = tools.DirectorPath,
        AppJailExecutable = tools.AppJailPath,
        JailsDirectory = tools.JailsDirectory,
        DirectorLogsDirectory = tools.DirectorLogsDirectory,
        DirectorProjectsDirectory = tools.DirectorProjectsDirectory,
        DirectorLocksDirectory = tools.DirectorLocksDirectory,
        DataDirectory = Path.Combine(tools.Root, "runtime-data"),
        ToolTimeout = TimeSpan.FromMinutes(1),
        QueryTimeout = TimeSpan.FromMinutes(1),
        ToolEnvironment = tools.Environment,
    };

    public static UpRequest Up(string project, string directorFile, bool restart = false, IReadOnlyDictionary<string, string>? environment = null) =>
        new(project, directorFile, environment ?? new Dictionary<string, string>(), restart);

    public static DownRequest Down(string project) => new(project, new Dictionary<string, string>(), Force: false);
}
