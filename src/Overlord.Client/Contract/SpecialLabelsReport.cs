using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// What the special labels did after an up or before a down:
/// <c>{"error":false,"message":null,"load-balancer":{service:{error,message}},"skydns":{...}}</c>.
/// An integration's key appears only when it reported an error or a message.
/// </summary>
public sealed record SpecialLabelsReport
{
    [JsonPropertyName("error")]
    public bool? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("load-balancer")]
    public IReadOnlyDictionary<string, IntegrationReport>? LoadBalancer { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("skydns")]
    public IReadOnlyDictionary<string, IntegrationReport>? SkyDns { get; init; }
}
