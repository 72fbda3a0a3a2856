using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Git;

namespace Overlord.Agent.Tests.Support;

/// <summary>Records the git command lines a <see cref="GitRepository"/> runs (from its Debug log), so a test can count them.</summary>
public sealed class GitCallLogger : ILogger<GitRepository>
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.FirstOrDefault(pair => pair.Key == "Arguments").Value is string arguments)
        {
            Calls.Enqueue(arguments);
        }
    }

    public void Clear() => Calls.Clear();
}
