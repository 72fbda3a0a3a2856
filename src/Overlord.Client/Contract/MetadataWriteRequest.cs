using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The body of <c>POST</c>/<c>PUT /v1/metadata/{key}</c>: <c>{"value":"..."}</c> (at most 1 MiB by default).</summary>
public sealed record MetadataWriteRequest
{
    [JsonPropertyName("value")]
    public required string Value { get; init; }
}
