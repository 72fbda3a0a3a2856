using System.Globalization;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads a metadata spec's <c>namespace</c>: a name and a list of files (from metadata) and directories.</summary>
internal static class NamespaceReader
{
    public static NamespaceSpec? Read(MappingReader root)
    {
        if (root.Mapping("namespace") is not { } space)
        {
            return null;
        }

        var name = space.Matching("name", SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule.Replace("a metadata key", "a namespace name", StringComparison.Ordinal), required: true);
        var entries = new List<NamespaceMappingSpec>();
        if (space.Take("mapping", required: true) is not null && SpecValues.NonEmptySequence(space, "mapping") is { } items)
        {
            for (var i = 0; i < items.Items.Count; i++)
            {
                if (NodeValues.Mapping(items.Items[i], NodeValues.Item("namespace.mapping", i), root.Bag) is { } entry)
                {
                    entries.Add(Entry(entry));
                }
            }
        }

        space.RejectUnknownKeys();
        return new NamespaceSpec { Name = name ?? "", Mapping = entries };
    }

    private const long MaxPermissions = 0x1FF; // 0777

    private static NamespaceMappingSpec Entry(MappingReader entry)
    {
        var (file, directory) = SpecValues.ExactlyOne(entry, "file", "directory");
        var (metadata, path) = file is null ? (null, null) : FileTarget(file, entry.ChildPath("file"), entry);
        var spec = new NamespaceMappingSpec
        {
            FileMetadata = metadata,
            FilePath = path,
            Directory = directory is null ? null : NodeValues.Text(directory, entry.ChildPath("directory"), entry.Bag),
            Owner = IdOrName(entry, "owner"),
            Group = IdOrName(entry, "group"),
            // Permission bits only, as the nodes take them: no setuid, setgid or sticky bit (issue 11.8).
            Mode = entry.WholeNumber("mode", min: 0, max: MaxPermissions),
            Umask = entry.WholeNumber("umask", min: 0, max: MaxPermissions),
            Prefix = Prefix(entry),
        };
        entry.RejectUnknownKeys();
        return spec;
    }

    /// <summary><c>"meta:path"</c> or <c>[meta, path]</c>.</summary>
    private static (string?, string?) FileTarget(YamlNode node, string path, MappingReader entry)
    {
        string[]? parts = node switch
        {
            YamlScalarNode { Kind: ScalarKind.String } text => text.Value.Split(':', 2),
            YamlSequenceNode { Items.Count: 2 } list => list.Items.Select((item, i) => NodeValues.Text(item, NodeValues.Item(path, i), entry.Bag) ?? "").ToArray(),
            _ => null,
        };
        if (parts is not [var metadata, var file] || file.Length == 0)
        {
            entry.Bag.Error(node, path, $"expected \"METADATA:PATH\" or [METADATA, PATH], got {node.Describe()}");
            return (null, null);
        }

        if (!SpecPatterns.MetadataKey().IsMatch(metadata))
        {
            entry.Bag.Error(node, path, $"'{metadata}' is not a valid metadata key; {SpecPatterns.MetadataKeyRule}");
            return (null, null);
        }

        return (metadata, file);
    }

    private static string? IdOrName(MappingReader entry, string key)
    {
        return entry.Take(key) switch
        {
            null => null,
            YamlScalarNode scalar when scalar.Kind == ScalarKind.Integer && scalar.TryGetInteger(out var id) => id.ToString(CultureInfo.InvariantCulture),
            YamlScalarNode { Kind: ScalarKind.String } name => name.Value,
            var other => Refuse(other),
        };

        string? Refuse(YamlNode node)
        {
            entry.Bag.Error(node, entry.ChildPath(key), $"expected a name or a numeric id, got {node.Describe()}");
            return null;
        }
    }

    /// <summary>Absent = inherit metadataPrefix; true = metadataPrefix; text = that prefix; false, null or empty = none.</summary>
    private static NamespacePrefix Prefix(MappingReader entry)
    {
        entry.Take("prefix");
        var node = entry.Node["prefix"];
        switch (node)
        {
            case null:
                return NamespacePrefix.Inherit;
            case YamlScalarNode { IsNull: true }:
                return NamespacePrefix.None;
            case YamlScalarNode scalar when scalar.Kind == ScalarKind.Boolean && scalar.TryGetBoolean(out var enabled):
                return enabled ? NamespacePrefix.Global : NamespacePrefix.None;
            case YamlScalarNode { Kind: ScalarKind.String, Value.Length: 0 }:
                return NamespacePrefix.None;
            case YamlScalarNode { Kind: ScalarKind.String } text when SpecPatterns.MetadataKey().IsMatch(text.Value):
                return new NamespacePrefix(NamespacePrefixMode.Custom, text.Value);
            default:
                entry.Bag.Error(node, entry.ChildPath("prefix"), $"expected true, false or a prefix ({SpecPatterns.MetadataKeyRule}), got {node.Describe()}");
                return NamespacePrefix.None;
        }
    }
}
