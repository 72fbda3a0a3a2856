using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/namespace</c>: the namespace names (<c>{"namespaces":[...]}</c>).</summary>
public sealed record NamespaceListResponse : ApiResponse
{
    [JsonPropertyName("namespaces")]
    public IReadOnlyList<string> Namespaces { get; init; } = [];
}
