using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/jails</c>: the jail names (<c>{"jails":[...]}</c>).</summary>
public sealed record JailsResponse : ApiResponse
{
    [JsonPropertyName("jails")]
    public IReadOnlyList<string> Jails { get; init; } = [];
}
