using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/namespace/{name}</c>: <c>{"namespace":[entries]}</c>; 404 <c>Namespace cannot be found.</c></summary>
public sealed record NamespaceResponse : ApiResponse
{
    [JsonPropertyName("namespace")]
    public IReadOnlyList<NamespaceEntry> Entries { get; init; } = [];
}
