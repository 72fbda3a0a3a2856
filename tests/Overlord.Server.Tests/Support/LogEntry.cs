using Microsoft.Extensions.Logging;

namespace Overlord.Server.Tests.Support;

/// <summary>One entry a node logged.</summary>
internal sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
}
