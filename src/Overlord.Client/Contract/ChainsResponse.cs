using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/chains</c>: the children that are configured and not disabled (<c>{"chains":[...]}</c>).</summary>
public sealed record ChainsResponse : ApiResponse
{
    [JsonPropertyName("chains")]
    public IReadOnlyList<string> Chains { get; init; } = [];
}
