using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Runtime;
using Overlord.Runtime.AppJail;
using Overlord.Runtime.Inspection;
using Overlord.Runtime.ProcessDriver;

namespace Overlord.Server.Hosting;

/// <summary>The runtime named by <c>runtime:</c> in overlord.yml, with its folders taken from the config.</summary>
public static class RuntimeFactory
{
    /// <summary>The process runtime's folder inside the data directory.</summary>
    public const string ProcessRuntimeFolder = "process-runtime";

    /// <summary>The AppJail runtime's folder (kept Director files) inside the data directory.</summary>
    public const string AppJailRuntimeFolder = "appjail-runtime";

    public static IRuntime Create(OverlordConfig config, IReadOnlyDictionary<string, string> toolEnvironment, TimeProvider timeProvider, ILoggerFactory loggers) =>
        config.Runtime switch
        {
            RuntimeKind.AppJail => new AppJailRuntime(AppJailOptions(config, toolEnvironment), loggers.CreateLogger<AppJailRuntime>()),
            RuntimeKind.Process => new ProcessRuntime(ProcessOptions(config, timeProvider), loggers.CreateLogger<ProcessRuntime>()),
            _ => throw new ArgumentOutOfRangeException(nameof(config), config.Runtime, "unknown runtime"),
        };

    /// <summary>
    /// What answers the jail routes: AppJail and rctl for the <c>appjail</c> runtime; none for <c>process</c>,
    /// whose jail routes answer from the runtime alone.
    /// </summary>
    public static IJailInspector? CreateInspector(
        OverlordConfig config, IReadOnlyDictionary<string, string> toolEnvironment, TimeProvider timeProvider, ILoggerFactory loggers) =>
        config.Runtime == RuntimeKind.AppJail
            ? new AppJailInspector(
                new AppJailInspectorOptions
                {
                    JailsDirectory = config.AppJail.Jails,
                    LogsDirectory = config.AppJail.Logs,
                    Keywords = config.Polling.Keywords,
                    ToolEnvironment = toolEnvironment,
                },
                timeProvider,
                loggers.CreateLogger<AppJailInspector>())
            : null;

    public static AppJailRuntimeOptions AppJailOptions(OverlordConfig config, IReadOnlyDictionary<string, string> toolEnvironment) => new()
    {
        JailsDirectory = config.AppJail.Jails,
        DirectorLogsDirectory = config.Director.Logs,
        DirectorProjectsDirectory = config.Director.Projects,
        DirectorLocksDirectory = config.Director.Locks,
        DataDirectory = Path.Combine(config.DataDirectory, AppJailRuntimeFolder),

        // The job's own execution_time limit applies above this; null there means no limit at all.
        ToolTimeout = config.ExecutionTime ?? Timeout.InfiniteTimeSpan,
        StopGrace = config.StopGrace,
        ToolEnvironment = toolEnvironment,
        ComponentsDirectory = config.ComponentsDirectory,
        ImagesDirectory = config.AppJail.Images,
    };

    public static ProcessRuntimeOptions ProcessOptions(OverlordConfig config, TimeProvider timeProvider)
    {
        var folder = Path.Combine(config.DataDirectory, ProcessRuntimeFolder);
        return new ProcessRuntimeOptions
        {
            DataDirectory = folder,
            MetadataDirectory = config.Metadata.Location,
            LogsDirectory = Path.Combine(folder, "logs"),
            TimeProvider = timeProvider,
        };
    }
}
