using Microsoft.Extensions.Logging;

namespace Overlord.Testing;

/// <summary>One entry a node logged.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}
