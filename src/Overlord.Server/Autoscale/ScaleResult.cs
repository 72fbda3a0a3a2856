using System.Text.Json;
using Overlord.Server.Jobs;

namespace Overlord.Server.Autoscale;

/// <summary>What one project's cycle did (its new log entries), and why it failed as a whole when it did.</summary>
internal sealed record ScaleResult(IReadOnlyList<JsonElement> Logs, ErrorInfo? Failure);
