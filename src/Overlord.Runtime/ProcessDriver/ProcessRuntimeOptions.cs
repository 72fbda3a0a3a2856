namespace Overlord.Runtime.ProcessDriver;

/// <summary>Settings of the process runtime: its folders, restart backoff and time limits.</summary>
public sealed record ProcessRuntimeOptions
{
    public const string SectionName = "ProcessRuntime";

    private static readonly string Home = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        ".overlord");

    /// <summary>Project state files and service root folders.</summary>
    public string DataDirectory { get; init; } = Path.Combine(Home, "process-runtime");

    /// <summary>The node's metadata folder: OVERLORD_METADATA, and the base of relative Makejail paths.</summary>
    public string MetadataDirectory { get; init; } = Path.Combine(Home, "metadata");

    /// <summary>Logs laid out as Director's: <c>DATE/SERVICE/TYPE.log</c>.</summary>
    public string LogsDirectory { get; init; } = Path.Combine(Home, "process-runtime", "logs");

    /// <summary>Wait before the first restart of a process that died; it doubles on each further death.</summary>
    public TimeSpan RestartDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between restarts.</summary>
    public TimeSpan MaxRestartDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>A process that ran this long before dying restarts after <see cref="RestartDelay"/> again.</summary>
    public TimeSpan StableRunTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time between TERM and KILL when stopping a process group.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of one build command (Director's commands.timeout default: 1800 s).</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(1800);

    /// <summary>The clock of restart backoff, stop waits and log folder names (tests give a manual one).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
