using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/project/info/{p}</c>: <c>{"info":{...}}</c>; 404 when the node knows nothing of the project.</summary>
public sealed record ProjectInfoResponse : ApiResponse
{
    [JsonPropertyName("info")]
    public ProjectInfo Info { get; init; } = new();
}
