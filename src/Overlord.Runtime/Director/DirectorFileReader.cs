using YamlDotNet.RepresentationModel;

namespace Overlord.Runtime.Director;

/// <summary>Reads one Director document into a <see cref="DirectorFile"/>, collecting every error.</summary>
internal sealed partial class DirectorFileReader(Func<string, string?> lookup)
{
    private const string MergeKey = "<<";

    private static readonly string[] RootKeys = ["options", "services", "default_volume_type", "volumes"];

    private readonly List<DirectorParseError> _errors = [];

    private readonly SortedSet<string> _unset = new(StringComparer.Ordinal);

    public IReadOnlyList<DirectorParseError> Errors => _errors;

    public IReadOnlyList<string> UnsetVariables => [.. _unset];

    public DirectorFile? Read(YamlNode root)
    {
        if (root is not YamlMappingNode mapping)
        {
            Error(root, "<main>", "must be a mapping");
            return null;
        }

        var entries = Entries(mapping, "<main>", RootKeys);
        IReadOnlyList<DirectorPair> options = [];
        if (entries.TryGetValue("options", out var optionsNode))
        {
            options = ReadPairs(optionsNode, "options", allowNullValue: true);
        }

        IReadOnlyList<DirectorService> services = [];
        if (entries.TryGetValue("services", out var servicesNode))
        {
            services = ReadServices(servicesNode);
        }
        else
        {
            Error(mapping, "services", "required but not defined");
        }

        var defaultVolumeType = entries.TryGetValue("default_volume_type", out var typeNode) ? ReadString(typeNode, "default_volume_type") : null;
        IReadOnlyDictionary<string, DirectorVolume> volumes = entries.TryGetValue("volumes", out var volumesNode)
            ? ReadVolumes(volumesNode)
            : new Dictionary<string, DirectorVolume>();
        return new DirectorFile(options, services, volumes, defaultVolumeType);
    }

    private void Error(YamlNode node, string field, string message) =>
        _errors.Add(new DirectorParseError((int)node.Start.Line, (int)node.Start.Column, field, message));

    /// <summary>
    /// A mapping's entries by key, with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied as PyYAML
    /// does: explicit keys win. Keys outside <paramref name="allowed"/> are reported.
    /// </summary>
    private Dictionary<string, YamlNode> Entries(YamlMappingNode mapping, string field, IReadOnlyCollection<string>? allowed)
    {
        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var merged = new List<YamlMappingNode>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = keyNode is YamlScalarNode scalar ? scalar.Value ?? "" : null;
            if (key is null)
            {
                Error(keyNode, field, "keys must be strings");
            }
            else if (key == MergeKey && keyNode is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain })
            {
                merged.AddRange(value switch
                {
                    YamlMappingNode single => [single],
                    YamlSequenceNode list => list.Children.OfType<YamlMappingNode>(),
                    _ => [],
                });
            }
            else if (allowed is not null && !allowed.Contains(key))
            {
                Error(keyNode, field, $"unknown key \"{key}\"");
            }
            else
            {
                entries[key] = value;
            }
        }

        foreach (var source in merged)
        {
            foreach (var (key, value) in Entries(source, field, allowed))
            {
                entries.TryAdd(key, value);
            }
        }

        return entries;
    }
}
