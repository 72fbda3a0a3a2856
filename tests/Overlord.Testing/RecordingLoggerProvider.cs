using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Overlord.Testing;

/// <summary>
/// Keeps a node's log entries, so a test can assert that nothing was logged at error level, and writes each
/// to the running test's output, where a failing test's logs are read.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();
    private readonly TestOutputLoggerProvider _output = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IReadOnlyList<LogEntry> AtLeast(LogLevel level) => [.. _entries.Where(entry => entry.Level >= level)];

    /// <summary>Every entry as a log file would show it: level, category, message and any exception with its stack.</summary>
    public string Text => string.Join('\n', Entries);

    public ILogger CreateLogger(string categoryName) => new CategoryLogger(categoryName, _entries, _output.CreateLogger(categoryName));

    public void Dispose()
    {
    }

    private sealed class CategoryLogger(string category, ConcurrentQueue<LogEntry> entries, ILogger output) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception));
            output.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
