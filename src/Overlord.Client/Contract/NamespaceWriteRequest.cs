using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The body of <c>POST</c>/<c>PUT /v1/namespace/{name}</c>: <c>{"mapping":[items]}</c>.</summary>
public sealed record NamespaceWriteRequest
{
    [JsonPropertyName("mapping")]
    public IReadOnlyList<NamespaceMappingItem> Mapping { get; init; } = [];
}
