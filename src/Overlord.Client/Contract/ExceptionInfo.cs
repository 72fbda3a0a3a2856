using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>An exception recorded by a job or the autoscaler: <c>{"type":"EtcdException","message":"..."}</c>.</summary>
public sealed record ExceptionInfo
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
