using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The value of a project's autoscale cleanup key: <c>{"force": true}</c>. The client writes it in Python's spacing
/// (see DeployPlanner.CleanupMetadata); the node reads it through this record.
/// </summary>
public sealed record AutoscaleCleanupDocument
{
    [JsonPropertyName("force")]
    public bool? Force { get; init; }
}
