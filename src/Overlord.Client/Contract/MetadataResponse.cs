using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/metadata/{key}</c>: <c>{"metadata":"the value"}</c>; 404 <c>Metadata cannot be found.</c></summary>
public sealed record MetadataResponse : ApiResponse
{
    [JsonPropertyName("metadata")]
    public string? Value { get; init; }
}
