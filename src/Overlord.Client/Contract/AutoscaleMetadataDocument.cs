using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The value of a project's autoscale metadata key, as the original's client wrote it (indented by four):
/// <c>{"projectFile": ..., "environment": {...}, "autoScale": {...}, "reserve_port": {...}}</c>. The last two are
/// the spec's own sections as printed (null when the spec has none), so they stay JSON nodes.
/// </summary>
public sealed record AutoscaleMetadataDocument
{
    [JsonPropertyName("projectFile")]
    public required string ProjectFile { get; init; }

    [JsonPropertyName("environment")]
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    [JsonPropertyName("autoScale")]
    public JsonNode? AutoScale { get; init; }

    [JsonPropertyName("reserve_port")]
    public JsonNode? ReservePort { get; init; }
}
