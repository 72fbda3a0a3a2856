namespace Overlord.Server.Metadata;

/// <summary>Where metadata and namespaces live on this node, and how large one value may be.</summary>
public sealed record MetadataOptions
{
    /// <summary>Folder of the metadata files (handed to runtimes as OVERLORD_METADATA).</summary>
    public required string Location { get; init; }

    /// <summary>Folder of the namespaces (OVERLORD_NAMESPACES).</summary>
    public required string Namespaces { get; init; }

    /// <summary>Largest value, in characters (the original's metadata.size, default 1 MiB).</summary>
    public long MaxSize { get; init; } = 1048576;
}
