using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/labels</c>: the node's labels from its config (<c>{"labels":[...]}</c>).</summary>
public sealed record LabelsResponse : ApiResponse
{
    [JsonPropertyName("labels")]
    public IReadOnlyList<string> Labels { get; init; } = [];
}
