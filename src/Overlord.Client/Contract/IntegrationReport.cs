using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>One service's result in an integration (load balancer or SkyDNS): <c>{"error":true,"message":"..."}</c>.</summary>
public sealed record IntegrationReport
{
    [JsonPropertyName("error")]
    public bool? Error { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
