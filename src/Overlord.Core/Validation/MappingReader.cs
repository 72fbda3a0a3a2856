using Overlord.Core.Diagnostics;
using Overlord.Core.Names;
using Overlord.Core.Yaml;

namespace Overlord.Core.Validation;

/// <summary>
/// Reads the keys of one mapping with their types, remembering which keys were read, so that
/// <see cref="RejectUnknownKeys"/> can name every key that is not part of the format.
/// A key whose value is null counts as absent (the original's "null means the default").
/// </summary>
public sealed class MappingReader
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public MappingReader(YamlMappingNode node, string path, DiagnosticBag bag)
    {
        Node = node;
        Path = path;
        Bag = bag;
    }

    public YamlMappingNode Node { get; }

    public string Path { get; }

    public DiagnosticBag Bag { get; }

    public string ChildPath(string key) => NodeValues.Child(Path, key);

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool Has(string key) => Node[key] is { } value && !(value is YamlScalarNode { IsNull: true });

    /// <summary>The value node of a key, or null when absent or null; reports a missing required key.</summary>
    public YamlNode? Take(string key, bool required = false)
    {
        _read.Add(key);
        var value = Node[key];
        if (value is null or YamlScalarNode { IsNull: true })
        {
            if (required)
            {
                Bag.Error(Node.KeyNode(key)?.Start ?? Node.Start, ChildPath(key), "is required but missing");
            }

            return null;
        }

        return value;
    }

    public string? Text(string key, bool required = false, bool scalarsAsText = false) =>
        Take(key, required) is { } node ? NodeValues.Text(node, ChildPath(key), Bag, scalarsAsText) : null;

    public string? Matching(string key, NameRule pattern, string allowed, bool required = false) =>
        Take(key, required) is { } node ? NodeValues.Matching(node, ChildPath(key), Bag, pattern, allowed) : null;

    public long? WholeNumber(string key, bool required = false, long? min = null, long? max = null) =>
        Take(key, required) is { } node ? NodeValues.WholeNumber(node, ChildPath(key), Bag, min, max) : null;

    public bool? Boolean(string key, bool required = false) =>
        Take(key, required) is { } node ? NodeValues.Boolean(node, ChildPath(key), Bag) : null;

    public double? Number(string key, bool required = false) =>
        Take(key, required) is { } node ? NodeValues.Number(node, ChildPath(key), Bag) : null;

    public MappingReader? Mapping(string key, bool required = false) =>
        Take(key, required) is { } node ? NodeValues.Mapping(node, ChildPath(key), Bag) : null;

    public YamlSequenceNode? Sequence(string key, bool required = false) =>
        Take(key, required) is { } node ? NodeValues.Sequence(node, ChildPath(key), Bag) : null;

    /// <summary>A list of strings; each item is checked, with its index in the path.</summary>
    public List<string>? StringList(string key, bool required = false, NameRule? pattern = null, string? allowed = null)
    {
        if (Sequence(key, required) is not { } sequence)
        {
            return null;
        }

        var result = new List<string>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var path = NodeValues.Item(ChildPath(key), i);
            var value = pattern is null
                ? NodeValues.Text(sequence.Items[i], path, Bag)
                : NodeValues.Matching(sequence.Items[i], path, Bag, pattern, allowed ?? $"it must match {pattern}");
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>A mapping of strings to strings (numbers and booleans taken as their text).</summary>
    public Dictionary<string, string>? StringMap(string key, bool required = false) =>
        Mapping(key, required) is { } reader ? reader.AllStrings() : null;

    /// <summary>Every entry of this mapping as a string, in document order.</summary>
    public Dictionary<string, string> AllStrings()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in Node.Entries)
        {
            _read.Add(keyNode.Value);
            var value = valueNode is YamlScalarNode { IsNull: true }
                ? ""
                : NodeValues.Text(valueNode, ChildPath(keyNode.Value), Bag, scalarsAsText: true);
            if (value is not null)
            {
                result[keyNode.Value] = value;
            }
        }

        return result;
    }

    /// <summary>Reports every key that was not read, naming the keys that are allowed here.</summary>
    public void RejectUnknownKeys()
    {
        var allowed = string.Join(", ", _read.Order(StringComparer.Ordinal));
        foreach (var (keyNode, _) in Node.Entries)
        {
            if (!_read.Contains(keyNode.Value))
            {
                var hint = allowed.Length == 0 ? "no keys are allowed here" : $"allowed keys here: {allowed}";
                Bag.Error(keyNode, ChildPath(keyNode.Value), $"unknown key; {hint}");
            }
        }
    }
}
