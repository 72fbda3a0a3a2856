namespace Overlord.Core.Specs;

/// <summary>One entry of <c>namespace.mapping</c>: a file made from a metadata value, or a directory.</summary>
public sealed record NamespaceMappingSpec
{
    /// <summary>The metadata key a file is made from (before any prefix), or null for a directory.</summary>
    public string? FileMetadata { get; init; }

    /// <summary>The file's path inside the namespace, or null for a directory.</summary>
    public string? FilePath { get; init; }

    /// <summary>The directory's path inside the namespace, or null for a file.</summary>
    public string? Directory { get; init; }

    /// <summary>A user name or a numeric id, as written.</summary>
    public string? Owner { get; init; }

    /// <summary>A group name or a numeric id, as written.</summary>
    public string? Group { get; init; }

    public long? Mode { get; init; }

    public long? Umask { get; init; }

    public NamespacePrefix Prefix { get; init; } = NamespacePrefix.Inherit;

    /// <summary>The metadata key the file is read from on the node, once the prefixes are applied
    /// (the original's rule: the entry's prefix matters only when <c>metadataPrefix</c> is set).</summary>
    public string? EffectiveFileMetadata(string? metadataPrefix)
    {
        if (FileMetadata is null || metadataPrefix is null)
        {
            return FileMetadata;
        }

        return Prefix.Mode switch
        {
            NamespacePrefixMode.Inherit or NamespacePrefixMode.Global => $"{metadataPrefix}.{FileMetadata}",
            NamespacePrefixMode.Custom => $"{Prefix.Custom}.{FileMetadata}",
            _ => FileMetadata,
        };
    }
}
