using Overlord.Core.Diagnostics;
using Overlord.Core.Names;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Typed reads that several kinds share, on top of <see cref="MappingReader"/>.</summary>
internal static class SpecValues
{
    /// <summary>A mapping of names to strings (numbers and booleans taken as written, null as empty), names checked against a pattern.</summary>
    public static Dictionary<string, string>? StringMap(MappingReader parent, string key, NameRule? namePattern = null, string? nameRule = null) =>
        parent.Mapping(key) is { } map ? Strings(map, namePattern, nameRule) : null;

    public static Dictionary<string, string> Strings(MappingReader map, NameRule? namePattern = null, string? nameRule = null)
    {
        if (namePattern is not null)
        {
            CheckNames(map, namePattern, nameRule!);
        }

        return map.AllStrings();
    }

    /// <summary>A mapping of names to string maps (<c>labelsEnvironment</c> and its kin).</summary>
    public static Dictionary<string, IReadOnlyDictionary<string, string>>? NestedStringMaps(MappingReader parent, string key, NameRule namePattern, string nameRule)
    {
        if (parent.Mapping(key) is not { } map)
        {
            return null;
        }

        CheckNames(map, namePattern, nameRule);
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, _) in map.Node.Entries)
        {
            // A name left empty (web: ~) sets nothing, rather than being an error as in the original.
            var inner = map.Mapping(name.Value);
            if (inner is not null || map.Node[name.Value] is YamlScalarNode { IsNull: true })
            {
                result[name.Value] = inner?.AllStrings() ?? [];
            }
        }

        return result;
    }

    /// <summary>A list of strings that, when given, holds at least one item.</summary>
    public static List<string>? NonEmptyList(MappingReader parent, string key, NameRule? pattern = null, string? rule = null, bool scalarsAsText = false)
    {
        if (NonEmptySequence(parent, key) is not { } sequence)
        {
            return null;
        }

        var path = parent.ChildPath(key);
        var result = new List<string>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = NodeValues.Item(path, i);
            var value = pattern is null
                ? NodeValues.Text(sequence.Items[i], itemPath, parent.Bag, scalarsAsText)
                : NodeValues.Matching(sequence.Items[i], itemPath, parent.Bag, pattern, rule!);
            if (value is not null)
            {
                result.Add(value);
            }
        }

        return result;
    }

    /// <summary>A list that, when given, holds at least one item.</summary>
    public static YamlSequenceNode? NonEmptySequence(MappingReader parent, string key)
    {
        var sequence = parent.Sequence(key);
        if (sequence is { Items.Count: 0 })
        {
            parent.Bag.Error(sequence, parent.ChildPath(key), "the list is empty; give at least one item or leave the key out");
            return null;
        }

        return sequence;
    }

    /// <summary>Reads two keys of which exactly one must be given; reports none or both.</summary>
    public static (YamlNode? First, YamlNode? Second) ExactlyOne(MappingReader parent, string first, string second)
    {
        var a = parent.Take(first);
        var b = parent.Take(second);
        if (a is null && b is null)
        {
            parent.Bag.Error(parent.Node, parent.ChildPath(first), $"is required: give {first} or {second}, but neither is given");
        }
        else if (a is not null && b is not null)
        {
            parent.Bag.Error(parent.Node.KeyNode(second)!, parent.ChildPath(second), $"give either {first} or {second}, not both");
        }

        return (a, b);
    }

    /// <summary>A string that must be text: a number or a mapping here is an error that says what was given.</summary>
    public static string? StrictText(YamlNode? node, string path, DiagnosticBag bag, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Kind: ScalarKind.String } scalar)
        {
            return scalar.Value;
        }

        var hint = node is YamlScalarNode { IsNull: false } ? "; quote it to give it as text" : "";
        bag.Error(node, path, $"expected {what}, got {node.Describe()}{hint}");
        return null;
    }

    private static void CheckNames(MappingReader map, NameRule pattern, string rule)
    {
        foreach (var (name, _) in map.Node.Entries)
        {
            if (!pattern.IsMatch(name.Value))
            {
                map.Bag.Error(name, map.ChildPath(name.Value), $"'{name.Value}' is not a valid name here; {rule}");
            }
        }
    }
}
