using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/jail/info/{jail}</c>: <c>{"info":{"name":"web","status":"UP",...}}</c>, one string per AppJail
/// keyword (null when AppJail printed nothing); <c>{}</c> while nothing is cached yet.
/// </summary>
public sealed record JailInfoResponse : ApiResponse
{
    [JsonPropertyName("info")]
    public IReadOnlyDictionary<string, string?> Info { get; init; } = new Dictionary<string, string?>();
}
