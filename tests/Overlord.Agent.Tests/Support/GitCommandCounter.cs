using Microsoft.Extensions.Logging;

namespace Overlord.Agent.Tests.Support;

/// <summary>Counts the git commands a host runs, from GitRepository's Debug log (each sync starts with exactly one ls-remote).</summary>
public sealed class GitCommandCounter : ILoggerProvider
{
    private int _lsRemote;
    private int _fetch;

    public int LsRemote => Volatile.Read(ref _lsRemote);

    public int Fetch => Volatile.Read(ref _fetch);

    public ILogger CreateLogger(string categoryName) => categoryName.EndsWith(".GitRepository", StringComparison.Ordinal) ? new Counting(this) : new Ignoring();

    public void Dispose()
    {
    }

    private sealed class Counting(GitCommandCounter counter) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(pair => pair.Key == "Arguments").Value is string arguments)
            {
                if (arguments.StartsWith("ls-remote", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref counter._lsRemote);
                }
                else if (arguments.StartsWith("fetch", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref counter._fetch);
                }
            }
        }
    }

    private sealed class Ignoring : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
