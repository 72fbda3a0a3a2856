using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// A step of a service that failed in Director; <see cref="Type"/> is one of makejail, start, stop, destroy,
/// enable-start, oci-user, oci-workdir, oci-environment, runtime-makejail, scripts.
/// </summary>
public sealed record DirectorFailure
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("service")]
    public string? Service { get; init; }
}
