using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/jails/logs</c>: AppJail's log files as <c>{"logs":{type:{entity:{subtype:[file,...]}}}}</c>
/// (<c>{}</c> when the log folder is missing).
/// </summary>
public sealed record JailsLogsResponse : ApiResponse
{
    [JsonPropertyName("logs")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> Logs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>>();
}
