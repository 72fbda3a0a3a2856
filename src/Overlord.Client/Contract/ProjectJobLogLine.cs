using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>One line of a job's log: <c>{"at":"2026-01-02T10:11:12.345Z","line":"..."}</c>.</summary>
public sealed record ProjectJobLogLine
{
    [JsonPropertyName("at")]
    public string? At { get; init; }

    [JsonPropertyName("line")]
    public string? Line { get; init; }
}
