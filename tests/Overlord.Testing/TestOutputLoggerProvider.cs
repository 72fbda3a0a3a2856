using Microsoft.Extensions.Logging;
using Xunit;

namespace Overlord.Testing;

/// <summary>Sends a host's logs to the running test's output (where a failing test's logs are read), from Information up.</summary>
public sealed class TestOutputLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CategoryLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class CategoryLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)} {exception}");
            }
            catch (InvalidOperationException)
            {
                // The test already ended; its output is closed.
            }
        }
    }
}
