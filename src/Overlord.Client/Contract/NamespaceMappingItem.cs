using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One item of a namespace mapping as the server receives it: exactly one of <see cref="File"/>
/// (<c>[metadata key, path]</c>, the metadata prefix already applied) or <see cref="Directory"/>, plus
/// optional owner, group, mode and umask. Paths are relative to the namespace.
/// </summary>
public sealed record NamespaceMappingItem
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("file")]
    public IReadOnlyList<string>? File { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("directory")]
    public string? Directory { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("owner")]
    public AccountRef? Owner { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("group")]
    public AccountRef? Group { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("mode")]
    public int? Mode { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("umask")]
    public int? Umask { get; init; }

    /// <summary>A file at <paramref name="path"/> holding the node's copy of metadata <paramref name="metadataKey"/>.</summary>
    public static NamespaceMappingItem ForFile(string metadataKey, string path) => new() { File = [metadataKey, path] };

    /// <summary>A directory at <paramref name="path"/>.</summary>
    public static NamespaceMappingItem ForDirectory(string path) => new() { Directory = path };
}
