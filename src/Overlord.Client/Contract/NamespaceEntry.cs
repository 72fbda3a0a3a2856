using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One file or directory of a namespace as <c>GET /v1/namespace/{name}</c> lists it:
/// <c>{"file":"/abs/path","owner":0,"group":0,"mode":33188}</c> (the mode includes the file type bits).
/// </summary>
public sealed record NamespaceEntry
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("file")]
    public string? File { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("directory")]
    public string? Directory { get; init; }

    [JsonPropertyName("owner")]
    public long? Owner { get; init; }

    [JsonPropertyName("group")]
    public long? Group { get; init; }

    [JsonPropertyName("mode")]
    public int? Mode { get; init; }

    /// <summary>The server path, whichever of file or directory it is.</summary>
    [JsonIgnore]
    public string? Path => File ?? Directory;

    /// <summary>A file or folder at <paramref name="path"/> as the node lists it.</summary>
    public static NamespaceEntry Of(string path, bool isDirectory, long owner, long group, int mode) =>
        isDirectory
            ? new() { Directory = path, Owner = owner, Group = group, Mode = mode }
            : new() { File = path, Owner = owner, Group = group, Mode = mode };
}
