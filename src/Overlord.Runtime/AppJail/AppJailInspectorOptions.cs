using Overlord.Core.Config;

namespace Overlord.Runtime.AppJail;

/// <summary>
/// Settings of <see cref="AppJailInspector"/>: where AppJail keeps jails and logs (<c>appjail.jails</c>,
/// <c>appjail.logs</c>), what to collect (<c>polling.keywords</c>, reference section 5) and how hard the tools may be run.
/// </summary>
public sealed record AppJailInspectorOptions
{
    public const string SectionName = "AppJailInspector";

    /// <summary>AppJail: a path, or a name looked up on PATH (ToolEnvironment's PATH first, else this process's).</summary>
    public string AppJailExecutable { get; init; } = "appjail";

    /// <summary>FreeBSD's rctl(8), for resource usage.</summary>
    public string RctlExecutable { get; init; } = "rctl";

    /// <summary>AppJail's jails folder, one folder per jail (<c>appjail.jails</c>).</summary>
    public string JailsDirectory { get; init; } = "/usr/local/appjail/jails";

    /// <summary>AppJail's log tree <c>TYPE/ENTITY/SUBTYPE/FILE</c> (<c>appjail.logs</c>).</summary>
    public string LogsDirectory { get; init; } = "/var/log/appjail";

    /// <summary>
    /// What each group collects. The default is the original's narrow list (jail: <c>name network_ip4 ports status
    /// type version</c>), which applies when overlord.yml has no <c>polling</c> section.
    /// </summary>
    public PollingKeywords Keywords { get; init; } = PollingKeywords.Narrow;

    /// <summary>How long a tool's answer about a jail is reused, so a burst of API calls runs the tools once.</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>At most this many appjail/rctl processes at once, for all jails together.</summary>
    public int MaxConcurrentTools { get; init; } = 4;

    /// <summary>Time limit of one tool call; its process tree is killed when it runs out.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Variables added to every tool's environment, e.g. PATH.</summary>
    public IReadOnlyDictionary<string, string> ToolEnvironment { get; init; } = new Dictionary<string, string>();
}
