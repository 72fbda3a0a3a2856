using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One service of a project as Director describes it. <see cref="Status"/> is the exit code of
/// <c>appjail status -q</c>: 0 running, 1 stopped, 66 jail missing; anything but 0 is unhealthy.
/// </summary>
public sealed record ProjectService
{
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("status")]
    public int? Status { get; init; }

    [JsonPropertyName("jail")]
    public string? Jail { get; init; }
}
