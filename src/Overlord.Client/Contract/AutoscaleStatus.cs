using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The autoscaler's status of a project: <c>{"operation":"COMPLETED","logs":[...],"last_update":4.2}</c>.
/// The logs are free-form objects (a context such as "up" or "metadata", a chain, a response or an exception).
/// </summary>
public sealed record AutoscaleStatus
{
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonPropertyName("logs")]
    public IReadOnlyList<JsonElement> Logs { get; init; } = [];

    /// <summary>Seconds since the status was written.</summary>
    [JsonPropertyName("last_update")]
    public double? LastUpdate { get; init; }
}
