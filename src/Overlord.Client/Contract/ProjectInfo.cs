using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// A project as <c>GET /v1/project/info/{p}</c> shows it: Director's description (state DONE, FAILED,
/// UNFINISHED or DESTROYING) plus the last up/down statuses. Any part can be missing: a project that is
/// being created for the first time may have only <see cref="Up"/>.
/// </summary>
public sealed record ProjectInfo
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("state")]
    public string? State { get; init; }

    /// <summary>The folder name of the last Director log, e.g. <c>2026-01-02_10h11m12s</c>.</summary>
    [JsonPropertyName("last_log")]
    public string? LastLog { get; init; }

    [JsonPropertyName("locked")]
    public bool? Locked { get; init; }

    [JsonPropertyName("services")]
    public IReadOnlyList<ProjectService>? Services { get; init; }

    [JsonPropertyName("up")]
    public OperationStatus? Up { get; init; }

    [JsonPropertyName("down")]
    public OperationStatus? Down { get; init; }
}
