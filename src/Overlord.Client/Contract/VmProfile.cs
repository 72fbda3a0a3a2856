using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The body of <c>POST /v1/vm/{name}</c>: a <c>vmJail</c> spec without <c>vmName</c> (reference §11).
/// <see cref="Template"/> and <see cref="DiskLayout"/> are required by the server. The nested
/// <c>diskLayout</c> and <c>cloud-init</c> documents travel as parsed JSON. Null properties are left out.
/// </summary>
public sealed record VmProfile
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("makejail")]
    public string? Makejail { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("makejailFromMetadata")]
    public string? MakejailFromMetadata { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("datastore")]
    public string? Datastore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("overwrite")]
    public bool? Overwrite { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("poweroff")]
    public bool? Poweroff { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("restart")]
    public bool? Restart { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("cloud-init")]
    public JsonObject? CloudInit { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("template")]
    public IReadOnlyDictionary<string, string>? Template { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("diskLayout")]
    public JsonObject? DiskLayout { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("script")]
    public string? Script { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("metadata")]
    public IReadOnlyList<string>? Metadata { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("script-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? ScriptEnvironment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("start-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? StartEnvironment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("start-arguments")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? StartArguments { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("build-environment")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? BuildEnvironment { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("build-arguments")]
    public IReadOnlyList<IReadOnlyDictionary<string, string>>? BuildArguments { get; init; }

    /// <summary>Director options, <c>[{"option": "value" | null}]</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("options")]
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Options { get; init; }
}
