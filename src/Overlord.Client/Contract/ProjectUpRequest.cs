using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The body of <c>POST /v1/project/up/{p}</c>. <see cref="DirectorFile"/> is the text of the Director file
/// (not a path). <see cref="ReservePort"/> maps an interface to a CIDR (or null for its first address); the
/// node then exports <c>OVERLORD_FREEPORT_&lt;IFACE&gt;</c>.
/// </summary>
public sealed record ProjectUpRequest
{
    [JsonPropertyName("director_file")]
    public required string DirectorFile { get; init; }

    [JsonPropertyName("environment")]
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    [JsonPropertyName("restart")]
    public bool Restart { get; init; }

    [JsonPropertyName("reserve_port")]
    public IReadOnlyDictionary<string, string?> ReservePort { get; init; } = new Dictionary<string, string?>();
}
