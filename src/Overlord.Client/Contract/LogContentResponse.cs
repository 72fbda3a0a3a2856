using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// <c>GET /v1/jail/log/{type}/{entity}/{subtype}/{log}</c> and <c>GET /v1/projects/log/{date}/{service}/{log}</c>:
/// <c>{"log_content":"..."}</c>, ANSI codes already stripped.
/// </summary>
public sealed record LogContentResponse : ApiResponse
{
    [JsonPropertyName("log_content")]
    public string? LogContent { get; init; }
}
