using Microsoft.Extensions.Logging;

namespace Overlord.Server.Tests.Support;

/// <summary>One log entry a <see cref="RecordingLoggerProvider"/> kept.</summary>
internal sealed record RecordedLog(LogLevel Level, string Category, string Message, Exception? Exception);
