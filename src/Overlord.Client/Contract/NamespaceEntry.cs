using System.Text.Json.Serialization;

namespace Overlord.Client.Contract;

/// <summary>
/// One file or directory of a namespace as <c>GET /v1/namespace/{name}</c> lists it:
/// <c>{"file":"/abs/path","owner":0,"group":0,"mode":33188}</c> (the mode includes the file type bits).
/// </summary>
public sealed record NamespaceEntry
{
    [JsonPropertyName("file")]
    public string? File { get; init; }

    [JsonPropertyName("directory")]
    public string? Directory { get; init; }

    [JsonPropertyName("owner")]
    public int? Owner { get; init; }

    [JsonPropertyName("group")]
    public int? Group { get; init; }

    [JsonPropertyName("mode")]
    public int? Mode { get; init; }

    /// <summary>The server path, whichever of file or directory it is.</summary>
    [JsonIgnore]
    public string? Path => File ?? Directory;
}
