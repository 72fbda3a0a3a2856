using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/ping</c>: <c>{"status":"OK"}</c>.</summary>
public sealed record PingResponse : ApiResponse
{
    [JsonPropertyName("status")]
    public string? Status { get; init; }
}
