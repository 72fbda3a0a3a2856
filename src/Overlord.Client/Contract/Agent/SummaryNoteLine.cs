using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The one line per sync that says what started it and when it ran, next to its <see cref="NoteLine"/>s.</summary>
public sealed record SummaryNoteLine
{
    public const string SummaryKind = "summary";

    [JsonPropertyName("ts")]
    [JsonConverter(typeof(UtcSecondsConverter))]
    public required DateTimeOffset Timestamp { get; init; }

    [JsonPropertyName("agent")]
    public required string Agent { get; init; }

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = SummaryKind;

    [JsonPropertyName("trigger")]
    public required string Trigger { get; init; }

    [JsonPropertyName("delivery_id")]
    public string? DeliveryId { get; init; }

    [JsonPropertyName("start")]
    [JsonConverter(typeof(UtcSecondsConverter))]
    public required DateTimeOffset Start { get; init; }

    [JsonPropertyName("end")]
    [JsonConverter(typeof(UtcSecondsConverter))]
    public required DateTimeOffset End { get; init; }

    [JsonPropertyName("state")]
    public required string State { get; init; }
}
