using Serilog.Core;
using Serilog.Events;

namespace Overlord.Cli.Logging;

/// <summary>
/// Holds what a node logs while it starts. Once it listens, everything is written as it came. When it cannot
/// listen (a busy port), serve reports that in one line, so the host's own report of the same exception (a
/// stack trace) and the services' "stopping" lines are left out, while any other warning or error is still
/// written (issue 10).
/// </summary>
internal sealed class StartupLogBuffer : ILogEventSink
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private readonly Lock _lock = new();
    private ILogEventSink? _target;
    private List<LogEvent>? _held = [];
    private Func<LogEvent, bool> _keep = _ => true;

    /// <summary>Where events go once released: the console and file sinks.</summary>
    public void Attach(ILogEventSink target) => _target = target;

    public void Emit(LogEvent logEvent)
    {
        lock (_lock)
        {
            if (_held is not null)
            {
                _held.Add(logEvent);
                return;
            }

            if (_keep(logEvent))
            {
                _target?.Emit(logEvent);
            }
        }
    }

    /// <summary>The node started (or failed otherwise): write what was held, and from now on everything at once.</summary>
    public void Release() => Flush(_ => true);

    /// <summary>
    /// The node could not listen, which serve reports itself: from now on (the node still stops its services),
    /// write only the warnings and errors of other causes. Has no effect once released.
    /// </summary>
    public void ReleaseAfterListenFailure() => Flush(logEvent =>
        logEvent.Level >= LogEventLevel.Warning && !(IsFrom(logEvent, HostCategory) && logEvent.Exception is IOException));

    private void Flush(Func<LogEvent, bool> keep)
    {
        lock (_lock)
        {
            if (_held is null)
            {
                return;
            }

            _keep = keep;
            foreach (var logEvent in _held.Where(keep))
            {
                _target?.Emit(logEvent);
            }

            _held = null;
        }
    }

    private static bool IsFrom(LogEvent logEvent, string category) =>
        logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var value)
        && value is ScalarValue { Value: string source }
        && source == category;
}
