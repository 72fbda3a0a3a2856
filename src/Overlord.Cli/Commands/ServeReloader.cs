using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;
using Overlord.Core.Environment;
using Overlord.Server.Node;

namespace Overlord.Cli.Commands;

/// <summary>
/// SIGHUP to <c>overlord serve</c> (what <c>service overlord reload</c> sends): reads the config file again and
/// applies what can change live, logging what changed and what waits for a restart. A refused file changes
/// nothing: one error line names it, with its line, and the node keeps its running config. Services keep running.
/// </summary>
internal sealed partial class ServeReloader : IDisposable
{
    private readonly ConfigLocation _location;
    private readonly VariableSource _variables;
    private readonly LiveConfig _config;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private readonly PosixSignalRegistration? _hangup;

    public ServeReloader(ConfigLocation location, VariableSource variables, LiveConfig config, ILogger logger)
    {
        _location = location;
        _variables = variables;
        _config = config;
        _logger = logger;
        if (!OperatingSystem.IsWindows())
        {
            _hangup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
            {
                // Without this the runtime ends the process (exit 129), as it did before reloads existed.
                context.Cancel = true;
                _ = Task.Run(ReloadAsync);
            });
        }
    }

    /// <summary>Reads the file and applies it; never throws (a reload failure must not stop the node).</summary>
    public async Task ReloadAsync()
    {
        await _oneAtATime.WaitAsync();
        try
        {
            Reload();
        }
        catch (Exception exception)
        {
            LogFailed(_logger, exception, _location.Describe());
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose()
    {
        _hangup?.Dispose();
        _oneAtATime.Dispose();
    }

    private void Reload()
    {
        var result = ConfigLoader.Load(_location, _variables);
        if (result.FileMissing)
        {
            LogRefused(_logger, $"{_location.Describe()}: the configuration file does not exist");
            return;
        }

        foreach (var warning in result.Diagnostics.Warnings)
        {
            LogWarning(_logger, warning.ToString());
        }

        if (result.Config is not { } loaded)
        {
            LogRefused(_logger, string.Join("; ", result.Diagnostics.Errors));
            return;
        }

        var reload = _config.Reload(loaded);
        if (reload.Applied.Count == 0 && reload.NeedRestart.Count == 0)
        {
            LogUnchanged(_logger, _location.Describe());
            return;
        }

        if (reload.Applied.Count > 0)
        {
            LogApplied(_logger, _location.Describe(), string.Join(", ", reload.Applied.Select(key => Describe(key, reload.Effective))));
        }

        if (reload.NeedRestart.Count > 0)
        {
            LogNeedsRestart(_logger, string.Join(", ", reload.NeedRestart));
        }
    }

    // Labels are worth showing; other values may hold secrets or be long, their key says enough.
    private static string Describe(string key, OverlordConfig config) =>
        key == "labels" ? $"labels [{string.Join(", ", config.Labels)}]" : key;

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration reloaded from {File}: {Changes}")]
    private static partial void LogApplied(ILogger logger, string file, string changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Configuration reloaded from {File}: nothing changed")]
    private static partial void LogUnchanged(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Changed in the configuration but kept until a restart: {Keys}")]
    private static partial void LogNeedsRestart(ILogger logger, string keys);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reload refused, the running configuration is kept: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reload: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reload of {File} failed, the running configuration is kept")]
    private static partial void LogFailed(ILogger logger, Exception exception, string file);
}
