using System.Text.Json;
using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// The result of one <c>appjail-director</c> run: its exit code, its JSON stdout and its stderr. A down that
/// was stopped by a failing label stores <c>{}</c>, so every field may be missing.
/// </summary>
public sealed record OperationOutput
{
    [JsonPropertyName("rc")]
    public int? Rc { get; init; }

    /// <summary>Director's stdout as sent: normally a JSON object (see <see cref="Director"/>).</summary>
    [JsonPropertyName("stdout")]
    public JsonElement? Stdout { get; init; }

    [JsonPropertyName("stderr")]
    public string? Stderr { get; init; }

    /// <summary>The stdout read as Director's result, or null when it is not an object.</summary>
    [JsonIgnore]
    public DirectorOutput? Director =>
        Stdout is { ValueKind: JsonValueKind.Object } stdout ? stdout.Deserialize(OverlordJson.Options.TypeInfo<DirectorOutput>()) : null;
}
