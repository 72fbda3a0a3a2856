using Overlord.Core.Environment;

namespace Overlord.Core.Config;

/// <summary>
/// The facts about the machine that some defaults depend on (data directory, runtime, CPU count,
/// the agent's e-mail). Tests pass their own, so defaults never depend on where the tests run.
/// </summary>
public sealed record ConfigHost
{
    /// <summary>The data directory on FreeBSD, where the port installs overlord.</summary>
    public const string FreeBsdDataDirectory = "/var/db/overlord";

    /// <summary>The machine this process runs on, as its process environment describes it.</summary>
    public static ConfigHost Current { get; } = new();

    /// <summary>True on FreeBSD: the runtime defaults to AppJail and data to <see cref="FreeBsdDataDirectory"/>.</summary>
    public bool IsFreeBsd { get; init; } = OperatingSystem.IsFreeBSD();

    /// <summary>The user's home directory (<c>~</c>).</summary>
    public string HomeDirectory { get; init; } = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);

    /// <summary>True when running as root: Director then keeps its project locks in <c>/tmp/director/locks</c>.</summary>
    public bool IsRoot { get; init; } = System.Environment.IsPrivilegedProcess;

    /// <summary><c>$XDG_DATA_HOME</c>, or null when unset.</summary>
    public string? XdgDataHome { get; init; } = System.Environment.GetEnvironmentVariable("XDG_DATA_HOME");

    /// <summary>The host name, used in the agent's default e-mail address.</summary>
    public string HostName { get; init; } = System.Environment.MachineName;

    /// <summary>The number of CPUs, the default of <c>max_watch_commands</c>.</summary>
    public int ProcessorCount { get; init; } = System.Environment.ProcessorCount;

    /// <summary><c>/var/db/overlord</c> on FreeBSD; else <c>$XDG_DATA_HOME/overlord</c> or <c>~/.local/share/overlord</c>.</summary>
    public string DefaultDataDirectory =>
        IsFreeBsd ? FreeBsdDataDirectory
        : !string.IsNullOrEmpty(XdgDataHome) && Path.IsPathRooted(XdgDataHome) ? Path.Combine(XdgDataHome, "overlord")
        : Path.Combine(HomeDirectory, ".local", "share", "overlord");

    /// <summary>AppJail on FreeBSD, processes elsewhere.</summary>
    public RuntimeKind DefaultRuntime => IsFreeBsd ? RuntimeKind.AppJail : RuntimeKind.Process;

    /// <summary>This host with <c>HOME</c> and <c>XDG_DATA_HOME</c> taken from <paramref name="variables"/>
    /// (the environment plus the env file), as the original read them.</summary>
    public ConfigHost WithVariables(VariableSource variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var home = variables.Lookup("HOME");
        return this with
        {
            HomeDirectory = string.IsNullOrEmpty(home) ? HomeDirectory : home,
            XdgDataHome = variables.Lookup("XDG_DATA_HOME"),
        };
    }
}
