using System.Globalization;
using Serilog;
using Serilog.Events;

namespace Overlord.Cli.Logging;

/// <summary>
/// The one place Serilog is configured (conventions: code takes ILogger&lt;T&gt;). Logs go to stderr, so that
/// stdout carries only what a command prints, and to a file when asked. Nothing logs tokens or keys:
/// configuration records print secrets as <c>***</c>.
/// </summary>
internal static class SerilogSetup
{
    private const string Template = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// The logger of serve. Its events pass through <paramref name="startup"/>, which holds them until the node
    /// listens; the returned sinks logger must be disposed after the logger.
    /// </summary>
    public static (Serilog.Core.Logger Logger, Serilog.Core.Logger Sinks) Create(Serilog.Core.LoggingLevelSwitch level, string? file, StartupLogBuffer startup)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var sinks = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Console(outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose);
        if (file is not null)
        {
            sinks = sinks.WriteTo.File(
                file,
                outputTemplate: Template,
                formatProvider: CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }

        var written = sinks.CreateLogger();
        startup.Attach(written);

        // Levels and overrides are the outer logger's: Serilog applies them where loggers are made per category.
        var logger = new LoggerConfiguration()
            .MinimumLevel.ControlledBy(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            // Polly's telemetry logs every execution of a git fetch or a git-host call at Information; its retries and
            // the outcomes that matter come at Warning and above.
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Sink(startup)
            .CreateLogger();
        return (logger, written);
    }

    /// <summary>Reads <c>--log-level</c>: trace, debug, information, warning or error.</summary>
    public static LogEventLevel Level(string name) => name switch
    {
        "trace" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        _ => LogEventLevel.Information,
    };

    public static readonly string[] LevelNames = ["trace", "debug", "information", "warning", "error"];
}
