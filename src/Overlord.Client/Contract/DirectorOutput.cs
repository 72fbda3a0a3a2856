using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>Director's JSON output: <c>{"errlevel":0,"message":null,"failed":[{"type":"start","service":"app"}]}</c>.</summary>
public sealed record DirectorOutput
{
    [JsonPropertyName("errlevel")]
    public int Errlevel { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("failed")]
    public IReadOnlyList<DirectorFailure> Failed { get; init; } = [];
}
