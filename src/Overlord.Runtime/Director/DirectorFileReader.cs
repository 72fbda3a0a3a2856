using Overlord.Core.Diagnostics;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.Director;

/// <summary>
/// Reads one loaded Director document into a <see cref="DirectorFile"/>, reporting every error to the bag.
/// Field paths are Director's (<c>services/web/arguments/#1</c>), not Core's dotted ones, because they
/// are the names Director's own messages use.
/// </summary>
internal sealed partial class DirectorFileReader(DiagnosticBag bag)
{
    private static readonly string[] RootKeys = ["options", "services", "default_volume_type", "volumes"];

    private static readonly string[] VolumeKeys = ["device", "type", "options", "dump", "pass", "umask", "mode", "owner", "group"];

    public DirectorFile? Read(YamlNode root)
    {
        if (NodeValues.Mapping(root, "", bag) is not { } document)
        {
            return null;
        }

        RejectUnknownKeys(document, RootKeys);
        var options = Pairs(document, "options", allowNullValue: true);
        var services = document.Take("services", required: true) is { } servicesNode ? ReadServices(servicesNode) : [];
        var defaultVolumeType = Text(document, "default_volume_type");
        var volumes = document.Take("volumes") is { } volumesNode ? ReadVolumes(volumesNode) : [];
        return new DirectorFile(options, services, volumes, defaultVolumeType);
    }

    private static string Child(string path, string key) => path.Length == 0 ? key : $"{path}/{key}";

    /// <summary>Director's <c>__check_allowed_key</c>: the error names the mapping's path and the key.</summary>
    private void RejectUnknownKeys(MappingReader mapping, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in mapping.Node.Entries)
        {
            if (!allowed.Contains(key.Value))
            {
                bag.Error(key, mapping.Path, $"unknown key \"{key.Value}\"; allowed keys here: {string.Join(", ", allowed)}");
            }
        }
    }

    private Dictionary<string, DirectorVolume> ReadVolumes(YamlNode node)
    {
        var volumes = new Dictionary<string, DirectorVolume>(StringComparer.Ordinal);
        if (NodeValues.Mapping(node, "volumes", bag) is not { } mapping)
        {
            return volumes;
        }

        foreach (var (keyNode, value) in mapping.Node.Entries)
        {
            var name = Key(keyNode);
            if (NodeValues.Mapping(value, $"volumes/{name}", bag) is { } volume)
            {
                volumes[name] = ReadVolume(volume);
            }
        }

        return volumes;
    }

    private DirectorVolume ReadVolume(MappingReader volume)
    {
        RejectUnknownKeys(volume, VolumeKeys);
        var device = Text(volume, "device");
        if (!volume.Has("device"))
        {
            bag.Error(volume.Node, Child(volume.Path, "device"), "is required but missing");
        }

        return new DirectorVolume
        {
            Device = device ?? "",
            Type = Text(volume, "type"),
            Options = Text(volume, "options"),
            Dump = Integer(volume, "dump"),
            Pass = Integer(volume, "pass"),
            Umask = Integer(volume, "umask"),
            Mode = Integer(volume, "mode"),
            Owner = Text(volume, "owner"),
            Group = Text(volume, "group"),
        };
    }
}
