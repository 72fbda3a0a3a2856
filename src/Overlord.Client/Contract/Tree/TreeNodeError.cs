using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>Why a node of the tree gave no data: <c>{"status_code":503,"message":"..."}</c>.</summary>
public sealed record TreeNodeError
{
    [JsonPropertyName("status_code")]
    public int StatusCode { get; init; }

    [JsonPropertyName("message")]
    public string? Message { get; init; }
}
