using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/metadata</c>: the metadata keys (<c>{"metadata":[...]}</c>).</summary>
public sealed record MetadataListResponse : ApiResponse
{
    [JsonPropertyName("metadata")]
    public IReadOnlyList<string> Keys { get; init; } = [];
}
