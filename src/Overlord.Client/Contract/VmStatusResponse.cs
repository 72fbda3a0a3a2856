using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary><c>GET /v1/vm/{name}</c>: <c>{"status":{...}}</c>; 404 when the VM is unknown.</summary>
public sealed record VmStatusResponse : ApiResponse
{
    [JsonPropertyName("status")]
    public VmStatus Status { get; init; } = new();
}
