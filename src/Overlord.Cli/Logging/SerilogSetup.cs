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

    public static Serilog.Core.Logger Create(LogEventLevel level, string? file)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http", LogEventLevel.Warning)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: Template, formatProvider: CultureInfo.InvariantCulture, standardErrorFromLevel: LogEventLevel.Verbose);
        if (file is not null)
        {
            configuration = configuration.WriteTo.File(
                file,
                outputTemplate: Template,
                formatProvider: CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14);
        }

        return configuration.CreateLogger();
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
