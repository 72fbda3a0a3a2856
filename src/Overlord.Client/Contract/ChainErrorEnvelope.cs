using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// What a hop answers when its call to the next hop failed (reference §2.3):
/// <c>{"status_code":503,"function":"get_projects","entrypoint":"alpha","chain":"charlie","error":"ConnectError","message":"..."}</c>.
/// <see cref="Entrypoint"/> is the chain name of the next hop, <see cref="Chain"/> the rest of the path below it.
/// </summary>
public sealed record ChainErrorEnvelope : ApiResponse
{
    /// <summary>The client method the hop called, in the original's names (<c>up</c>, <c>get_info</c> ...).</summary>
    [JsonPropertyName("function")]
    public string? Function { get; init; }

    [JsonPropertyName("entrypoint")]
    public string? Entrypoint { get; init; }

    [JsonPropertyName("chain")]
    public string? Chain { get; init; }

    /// <summary>The exception class that the hop caught.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }
}
