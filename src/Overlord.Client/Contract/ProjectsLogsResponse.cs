using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/projects/logs</c>: Director's log files as <c>{"logs":{date:{service:[file,...]}}}</c>.</summary>
public sealed record ProjectsLogsResponse : ApiResponse
{
    [JsonPropertyName("logs")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Logs { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
}
