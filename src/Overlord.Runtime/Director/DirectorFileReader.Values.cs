using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Overlord.Runtime.Director;

internal sealed partial class DirectorFileReader
{
    private static readonly string[] VolumeKeys = ["device", "type", "options", "dump", "pass", "umask", "mode", "owner", "group"];

    /// <summary>A scalar as a string (Director stringifies numbers and booleans); null for a YAML null.</summary>
    private string? ReadString(YamlNode node, string field)
    {
        if (YamlScalars.IsNull(node))
        {
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, field, "must be a string");
            return null;
        }

        return YamlScalars.AsDirectorString(scalar, YamlScalars.Text(scalar, lookup, name => _unset.Add(name)));
    }

    private int? ReadInt(YamlNode node, string field)
    {
        var text = ReadString(node, field);
        if (text is not null && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, field, "must be an integer");
        return null;
    }

    private bool ReadBool(YamlNode node, string field)
    {
        var text = node is YamlScalarNode scalar ? YamlScalars.Text(scalar, lookup, name => _unset.Add(name)) : null;
        if (text is not null && YamlScalars.Boolean(text) is { } value)
        {
            return value;
        }

        Error(node, field, "must be a boolean");
        return false;
    }

    /// <summary>A list of single-key maps (<c>- key: value</c>), as Director's <c>_fix_non_str_list</c> checks it.</summary>
    private List<DirectorPair> ReadPairs(YamlNode node, string field, bool allowNullValue)
    {
        var pairs = new List<DirectorPair>();
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, field, "must be a list");
            return pairs;
        }

        var number = 0;
        foreach (var item in sequence.Children)
        {
            var itemField = $"{field}/#{++number}";
            if (item is not YamlMappingNode { Children.Count: 1 } mapping)
            {
                Error(item, itemField, item is YamlMappingNode ? "must have exactly one key" : "must be a mapping");
                continue;
            }

            var (keyNode, valueNode) = mapping.Children.First();
            var key = keyNode is YamlScalarNode keyScalar ? keyScalar.Value ?? "" : null;
            if (key is null)
            {
                Error(keyNode, itemField, "the key must be a string");
                continue;
            }

            var value = ReadString(valueNode, $"{field}/{key}");
            if (value is null && !allowNullValue && YamlScalars.IsNull(valueNode))
            {
                Error(valueNode, $"{field}/{key}", "value required but not defined");
            }

            pairs.Add(new DirectorPair(key, value));
        }

        return pairs;
    }

    private Dictionary<string, DirectorVolume> ReadVolumes(YamlNode node)
    {
        var volumes = new Dictionary<string, DirectorVolume>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Error(node, "volumes", "must be a mapping");
            return volumes;
        }

        foreach (var (name, value) in Entries(mapping, "volumes", allowed: null))
        {
            var field = $"volumes/{name}";
            if (value is not YamlMappingNode volume)
            {
                Error(value, field, "must be a mapping");
                continue;
            }

            var entries = Entries(volume, field, VolumeKeys);
            string? Text(string key) => entries.TryGetValue(key, out var item) ? ReadString(item, $"{field}/{key}") : null;
            int? Number(string key) => entries.TryGetValue(key, out var item) ? ReadInt(item, $"{field}/{key}") : null;
            var device = Text("device");
            if (device is null)
            {
                Error(volume, $"{field}/device", "value required but not defined");
            }

            volumes[name] = new DirectorVolume
            {
                Device = device ?? "",
                Type = Text("type"),
                Options = Text("options"),
                Dump = Number("dump"),
                Pass = Number("pass"),
                Umask = Number("umask"),
                Mode = Number("mode"),
                Owner = Text("owner"),
                Group = Text("group"),
            };
        }

        return volumes;
    }
}
