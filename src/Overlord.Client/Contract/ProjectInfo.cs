using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// A project as <c>GET /v1/project/info/{p}</c> shows it: Director's description (state DONE, FAILED,
/// UNFINISHED or DESTROYING) plus the last up/down statuses. Any part can be missing: a project that is
/// being created for the first time may have only <see cref="Up"/>.
/// </summary>
public sealed record ProjectInfo
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>
    /// The folder name of the last Director log, e.g. <c>2026-01-02_10h11m12s</c>. Written, null or not,
    /// exactly when the project has a description (<see cref="Name"/> set), as the original does.
    /// </summary>
    [JsonPropertyName("last_log")]
    public string? LastLog { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("locked")]
    public bool? Locked { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("services")]
    public IReadOnlyList<ProjectService>? Services { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("up")]
    public OperationStatus? Up { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("down")]
    public OperationStatus? Down { get; init; }
}
