using Overlord.Core.Diagnostics;
namespace Overlord.Core.Yaml;

/// <summary>A YAML mapping with scalar keys, in document order. Duplicate keys are refused at load time.</summary>
public sealed class YamlMappingNode : YamlNode
{
    private readonly List<KeyValuePair<YamlScalarNode, YamlNode>> _entries;
    private readonly Dictionary<string, int> _index;
    private readonly long _expandedSize;

    internal YamlMappingNode(Mark start, string? tag, List<KeyValuePair<YamlScalarNode, YamlNode>> entries, long expandedSize)
        : base(start, tag)
    {
        _entries = entries;
        _expandedSize = expandedSize;
        _index = new Dictionary<string, int>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            _index[entries[i].Key.Value] = i;
        }
    }

    /// <summary>The entries, in document order.</summary>
    public IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> Entries => _entries;

    /// <inheritdoc />
    public override long ExpandedSize => _expandedSize;

    /// <summary>The value of a key, or null when the key is absent.</summary>
    public YamlNode? this[string key] => _index.TryGetValue(key, out var i) ? _entries[i].Value : null;

    /// <summary>The key node of a key, or null when the key is absent.</summary>
    public YamlScalarNode? KeyNode(string key) => _index.TryGetValue(key, out var i) ? _entries[i].Key : null;

    /// <summary>True when the key is present (even with a null value).</summary>
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <inheritdoc />
    public override string Describe() => "a mapping";
}
