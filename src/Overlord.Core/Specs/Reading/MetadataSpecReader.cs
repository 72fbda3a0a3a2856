using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads the keys of a <c>metadata</c> spec.</summary>
internal static class MetadataSpecReader
{
    public static MetadataSpec Read(MappingReader root, SpecReadContext context)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Mapping("metadata") is { } metadata)
        {
            foreach (var (key, value) in metadata.Node.Entries)
            {
                MetadataValues.Add(key, value, metadata.ChildPath(key.Value), root.Bag, values);
            }
        }

        // Unlike the original, included values are kept when the spec has no metadata key of its own (13.10).
        var include = IncludeReader.Read(root, context, values);
        var spec = new MetadataSpec
        {
            Metadata = values,
            Include = include,
            MetadataPrefix = root.Matching("metadataPrefix", SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule),
            Namespace = NamespaceReader.Read(root),
            ReadLive = root.Boolean("readLive") ?? false,
        };
        if (!root.Has("metadata") && !root.Has("include") && !root.Has("namespace"))
        {
            root.Bag.Error(root.Node, "metadata", "is required: a metadata spec needs metadata, include or namespace");
        }

        return spec;
    }
}
