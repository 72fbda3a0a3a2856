using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/jail/cpuset/{jail}</c>: <c>{"cpuset":"0-3"}</c>, or null for a stopped or unknown jail.</summary>
public sealed record JailCpusetResponse : ApiResponse
{
    [JsonPropertyName("cpuset")]
    public string? Cpuset { get; init; }
}
