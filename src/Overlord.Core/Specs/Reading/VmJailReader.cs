using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Reads the keys of a <c>vmJail</c> spec (reference section 11).</summary>
internal static class VmJailReader
{
    public static VmJailSpec Read(MappingReader root)
    {
        var name = root.Matching("vmName", SpecPatterns.VmName(), SpecPatterns.VmNameRule, required: true);
        var (makejail, fromMetadata) = SpecValues.ExactlyOne(root, "makejail", "makejailFromMetadata");
        return new VmJailSpec
        {
            VmName = name ?? "",
            Makejail = makejail is null ? null : NodeValues.Text(makejail, "makejail", root.Bag),
            MakejailFromMetadata = fromMetadata is null ? null : NodeValues.Matching(fromMetadata, "makejailFromMetadata", root.Bag, SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule),
            Template = root.Mapping("template", required: true) is { } template ? template.AllStrings() : [],
            DiskLayout = DiskLayoutReader.Read(root),
            Script = root.Text("script"),
            Metadata = root.StringList("metadata", pattern: SpecPatterns.MetadataKey(), allowed: SpecPatterns.MetadataKeyRule) ?? [],
            MetadataPrefix = root.Matching("metadataPrefix", SpecPatterns.MetadataKey(), SpecPatterns.MetadataKeyRule),
            Options = Options(root),
            ScriptEnvironment = Environments(root, "script-environment"),
            StartEnvironment = Environments(root, "start-environment"),
            StartArguments = Environments(root, "start-arguments"),
            BuildEnvironment = Environments(root, "build-environment"),
            BuildArguments = Environments(root, "build-arguments"),
            CloudInit = CloudInit(root),
            Overwrite = root.Boolean("overwrite") ?? false,
            Poweroff = root.Boolean("poweroff") ?? false,
            Datastore = root.Text("datastore"),
        };
    }

    /// <summary><c>[{option: value-or-null}]</c>.</summary>
    private static List<IReadOnlyDictionary<string, string?>> Options(MappingReader root)
    {
        var result = new List<IReadOnlyDictionary<string, string?>>();
        foreach (var (item, path) in Items(root, "options"))
        {
            var options = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value) in item.Node.Entries)
            {
                options[key.Value] = value is YamlScalarNode { IsNull: true } ? null : NodeValues.Text(value, NodeValues.Child(path, key.Value), root.Bag, scalarsAsText: true);
            }

            result.Add(options);
        }

        return result;
    }

    /// <summary><c>[{NAME: value}]</c>, numbers and booleans taken as written.</summary>
    private static List<IReadOnlyDictionary<string, string>> Environments(MappingReader root, string key) =>
        Items(root, key).Select(i => (IReadOnlyDictionary<string, string>)i.Item.AllStrings()).ToList();

    private static IEnumerable<(MappingReader Item, string Path)> Items(MappingReader root, string key)
    {
        if (root.Sequence(key) is not { } items)
        {
            yield break;
        }

        for (var i = 0; i < items.Items.Count; i++)
        {
            var path = NodeValues.Item(key, i);
            if (NodeValues.Mapping(items.Items[i], path, root.Bag) is { } item)
            {
                yield return (item, path);
            }
        }
    }

    private static CloudInitSpec? CloudInit(MappingReader root)
    {
        if (root.Mapping("cloud-init") is not { } cloud)
        {
            return null;
        }

        var spec = new CloudInitSpec
        {
            Flags = cloud.Text("flags"),
            MetaData = cloud.Mapping("meta-data") is { } meta ? YamlJson.ToObject(meta.Node) : null,
            UserData = cloud.Mapping("user-data") is { } user ? YamlJson.ToObject(user.Node) : null,
            NetworkConfig = cloud.Mapping("network-config") is { } network ? YamlJson.ToObject(network.Node) : null,
        };
        cloud.RejectUnknownKeys();
        return spec;
    }
}
