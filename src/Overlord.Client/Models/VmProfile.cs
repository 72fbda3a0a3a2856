using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Overlord.Client.Models;

/// <summary>
/// The body of <c>POST /v1/vm/{name}</c>: a <c>vmJail</c> spec without <c>vmName</c> (reference §11).
/// <see cref="Template"/> and <see cref="DiskLayout"/> are required by the server. The nested
/// <c>diskLayout</c> and <c>cloud-init</c> documents travel as parsed JSON. Null properties are left out.
/// </summary>
public sealed record VmProfile
{
    [JsonPropertyName("makejail")]
    public string? Makejail { get; init; }

    [JsonPropertyName("makejailFromMetadata")]
    public string? MakejailFromMetadata { get; init; }

    [JsonPropertyName("datastore")]
    public string? Datastore { get; init; }

    [JsonPropertyName("overwrite")]
    public bool? Overwrite { get; init; }

    [JsonPropertyName("poweroff")]
    public bool? Poweroff { get; init; }

    [JsonPropertyName("restart")]
    public bool? Restart { get; init; }

    [JsonPropertyName("cloud-init")]
    public JsonObject? CloudInit { get; init; }

    [JsonPropertyName("template")]
    public IReadOnlyDictionary<string, string>? Template { get; init; }

    [JsonPropertyName("diskLayout")]
    public JsonObject? DiskLayout { get; init; }

    [JsonPropertyName("script")]
    public string? Script { get; init; }

    [JsonPropertyName("metadata")]
    public IReadOnlyList<string>? Metadata { get; init; }

    [JsonPropertyName("script-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? ScriptEnvironment { get; init; }

    [JsonPropertyName("start-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? StartEnvironment { get; init; }

    [JsonPropertyName("start-arguments")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? StartArguments { get; init; }

    [JsonPropertyName("build-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? BuildEnvironment { get; init; }

    [JsonPropertyName("build-arguments")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? BuildArguments { get; init; }

    /// <summary>Director options, <c>[{"option": "value" | null}]</c>.</summary>
    [JsonPropertyName("options")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Options { get; init; }
}
