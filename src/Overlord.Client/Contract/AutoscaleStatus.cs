using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The autoscaler's status of a project: <c>{"last_update":4.2,"operation":"COMPLETED","logs":[...]}</c>.
/// The logs are free-form objects (a context such as "up" or "metadata", a chain, a response or an exception).
/// </summary>
public sealed record AutoscaleStatus
{
    /// <summary>Seconds since the status was written; first, as the original saved it and rewrote it in place.</summary>
    [JsonPropertyName("last_update")]
    public double? LastUpdate { get; init; }

    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    [JsonPropertyName("logs")]
    public IReadOnlyList<JsonElement> Logs { get; init; } = [];
}
