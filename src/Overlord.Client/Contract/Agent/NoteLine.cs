using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One result line of a sync in a commit's note: what happened to one spec on one node.
/// The timestamp is the first key so that sorted lines are in time order.
/// </summary>
public sealed record NoteLine
{
    [JsonPropertyName("ts")]
    [JsonConverter(typeof(UtcSecondsConverter))]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("agent")]
    public required string Agent { get; init; }

    [JsonPropertyName("spec")]
    public required string Spec { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("project")]
    public string? Project { get; init; }

    [JsonPropertyName("chain")]
    public string? Chain { get; init; }

    [JsonPropertyName("action")]
    public required string Action { get; init; }

    [JsonPropertyName("job_id")]
    public long? JobId { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }

    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("trigger")]
    public string? Trigger { get; init; }
}
