namespace Overlord.Server.Metadata;

/// <summary>
/// One item of a namespace mapping as it travels over the API: a file filled from a metadata key
/// (<c>"file": ["key", "path"]</c>) or a directory, with optional ownership and permissions.
/// </summary>
public sealed record NamespaceMappingItem
{
    public string? MetadataKey { get; init; }

    public string? FilePath { get; init; }

    public string? Directory { get; init; }

    /// <summary>User name or numeric id.</summary>
    public string? Owner { get; init; }

    /// <summary>Group name or numeric id.</summary>
    public string? Group { get; init; }

    public int? Mode { get; init; }

    public int? Umask { get; init; }
}
