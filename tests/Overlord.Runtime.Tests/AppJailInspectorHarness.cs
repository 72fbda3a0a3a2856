using Overlord.Core.Config;
using Overlord.Runtime.AppJail;
using Overlord.Testing;
using Overlord.Testing.FakeTools;

namespace Overlord.Runtime.Tests;

/// <summary>An AppJailInspector wired to a test's fake tools and a clock that moves only when the test says so.</summary>
internal static class AppJailInspectorHarness
{
    public static AppJailInspector Create(FakeToolbox tools, ManualTimeProvider? clock = null, PollingKeywords? keywords = null) =>
        Create(Options(tools, keywords), clock);

    public static AppJailInspector Create(AppJailInspectorOptions options, ManualTimeProvider? clock = null) =>
        new(options, clock ?? new ManualTimeProvider(), TestLog.For<AppJailInspector>());

    public static AppJailInspectorOptions Options(FakeToolbox tools, PollingKeywords? keywords = null) => new()
    {
        AppJailExecutable = tools.AppJailPath,
        RctlExecutable = tools.RctlPath,
        JailsDirectory = tools.JailsDirectory,
        LogsDirectory = Path.Combine(tools.Root, "appjail-logs"),
        Keywords = keywords ?? PollingKeywords.Narrow,
        QueryTimeout = TimeSpan.FromMinutes(1),
        ToolEnvironment = tools.Environment,
    };

    /// <summary>The narrow lists with one group replaced.</summary>
    public static PollingKeywords NarrowWith(string group, params string[] keywords) =>
        new(new Dictionary<string, IReadOnlyList<string>>(PollingKeywordCatalog.Narrow) { [group] = keywords });

    /// <summary>The recorded calls of one tool, as command lines.</summary>
    public static List<string> CallsOf(FakeToolbox tools, string prefix) =>
        tools.CommandLines().Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
