using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Overlord.Server.Tests.Support;

/// <summary>Keeps a node's log entries (Information and above) for a test to read, and echoes them to its output.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> _entries = new();

    public IReadOnlyList<RecordedLog> Entries => [.. _entries];

    /// <summary>Every entry as a log file would show it: level, category, message and any exception with its stack.</summary>
    public string Text => string.Join('\n', Entries.Select(entry => $"{entry.Level} {entry.Category}: {entry.Message} {entry.Exception}"));

    public ILogger CreateLogger(string categoryName) => new CategoryLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class CategoryLogger(string category, ConcurrentQueue<RecordedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var entry = new RecordedLog(logLevel, category, formatter(state, exception), exception);
            entries.Enqueue(entry);
            try
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{logLevel} {category}: {entry.Message} {exception}");
            }
            catch (InvalidOperationException)
            {
                // The test already ended; its output is closed.
            }
        }
    }
}
