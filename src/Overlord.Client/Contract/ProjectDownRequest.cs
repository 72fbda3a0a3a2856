using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>The body of <c>POST /v1/project/down/{p}</c>; <see cref="Force"/> skips the DONE check of the labels.</summary>
public sealed record ProjectDownRequest
{
    [JsonPropertyName("force")]
    public bool Force { get; init; }

    [JsonPropertyName("environment")]
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
