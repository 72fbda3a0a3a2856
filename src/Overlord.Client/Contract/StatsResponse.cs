using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/stats</c> (each rctl counter summed over all jails) and <c>GET /v1/jail/stats/{jail}</c>:
/// <c>{"stats":{"memoryuse":123,...}}</c>; <c>{}</c> while nothing is cached yet.
/// </summary>
public sealed record StatsResponse : ApiResponse
{
    [JsonPropertyName("stats")]
    public IReadOnlyDictionary<string, long> Stats { get; init; } = new Dictionary<string, long>();
}
