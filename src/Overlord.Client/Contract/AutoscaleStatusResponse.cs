using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/project/autoscale/{p}</c>: <c>{"status":{...}}</c>; 404 when no autoscaler runs it here.</summary>
public sealed record AutoscaleStatusResponse : ApiResponse
{
    [JsonPropertyName("status")]
    public AutoscaleStatus Status { get; init; } = new();
}
