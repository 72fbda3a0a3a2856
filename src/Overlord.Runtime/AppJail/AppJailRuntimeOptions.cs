namespace Overlord.Runtime.AppJail;

/// <summary>Settings of the <c>appjail</c> runtime (overlord.yml's <c>director.logs</c> and <c>appjail.jails</c>, reference section 5).</summary>
public sealed record AppJailRuntimeOptions
{
    public const string SectionName = "AppJail";

    /// <summary>The original's per-job limit (<c>execution_time</c>, 10800 s).</summary>
    public static readonly TimeSpan DefaultToolTimeout = TimeSpan.FromSeconds(10800);

    /// <summary>AppJail Director: a path, or a name looked up on PATH (ToolEnvironment's PATH first, else this process's).</summary>
    public string DirectorExecutable { get; init; } = "appjail-director";

    /// <summary>AppJail: a path, or a name looked up on PATH.</summary>
    public string AppJailExecutable { get; init; } = "appjail";

    /// <summary>AppJail's jails folder, one folder per jail (<c>appjail.jails</c>).</summary>
    public string JailsDirectory { get; init; } = "/usr/local/appjail/jails";

    /// <summary>Director's logs folder (<c>director.logs</c>), laid out as <c>DATE/SERVICE/STEP.log</c>.</summary>
    public string DirectorLogsDirectory { get; init; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".director", "logs");

    /// <summary>Director's projects folder (director.ini's <c>[projects] directory</c>): an up's pid is in <c>NAME/pid</c> there.</summary>
    public string DirectorProjectsDirectory { get; init; } =
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".director", "projects");

    /// <summary>Director's locks folder (<c>[locks] directory</c>): <c>/tmp/director/locks</c> for root, else <c>~/.director/locks</c>.</summary>
    public string DirectorLocksDirectory { get; init; } = Environment.IsPrivilegedProcess
        ? "/tmp/director/locks"
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".director", "locks");

    /// <summary>This runtime's own folder: it keeps each project's Director file in <c>projects/NAME/</c> there.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Time limit of <c>up</c>, <c>down</c> and stop; the tool's process tree is killed when it runs out.</summary>
    public TimeSpan ToolTimeout { get; init; } = DefaultToolTimeout;

    /// <summary>
    /// Between SIGTERM and SIGKILL when a tool is cancelled or runs out of time (overlord.yml's <c>stop_grace</c>):
    /// Director removes its project lock and the VM installers detach their disk in that time.
    /// </summary>
    public TimeSpan StopGrace { get; init; } = DefaultStopGrace;

    /// <summary>About what Director and the installers need to stop their jails and detach a disk.</summary>
    public static readonly TimeSpan DefaultStopGrace = TimeSpan.FromSeconds(120);

    /// <summary>Time limit of quick calls: check, ls, describe, cancel, status, label get, VM power-off.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Overlord's shared files: the VM installers in <c>libexec/</c> and pkgbase's default configuration in <c>files/pkgbase</c>.</summary>
    public string ShareDirectory { get; init; } = Path.Combine(AppContext.BaseDirectory, "share", "overlord");

    /// <summary>The shell the VM installers run with.</summary>
    public string Shell { get; init; } = "/bin/sh";

    /// <summary>makefs(8), which makes a VM's cloud-init seed: a path, or a name looked up on PATH.</summary>
    public string MakefsExecutable { get; init; } = "makefs";

    /// <summary>Where FreeBSD components are downloaded to (<c>components</c>); null: <c>components/</c> in <see cref="DataDirectory"/>.</summary>
    public string? ComponentsDirectory { get; init; }

    /// <summary>AppJail's images folder (<c>appjail.images</c>), read by the appjailImage installer.</summary>
    public string ImagesDirectory { get; init; } = "/usr/local/appjail/cache/images";

    /// <summary>Variables added to every tool's environment (beneath a request's own), e.g. PATH.</summary>
    public IReadOnlyDictionary<string, string> ToolEnvironment { get; init; } = new Dictionary<string, string>();
}
