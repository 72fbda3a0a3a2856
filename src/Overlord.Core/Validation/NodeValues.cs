using Overlord.Core.Diagnostics;
using Overlord.Core.Names;
using Overlord.Core.Yaml;

namespace Overlord.Core.Validation;

/// <summary>Typed reads of single nodes that report, in words, what was given and what is allowed.</summary>
public static class NodeValues
{
    /// <summary>A string. With <paramref name="scalarsAsText"/>, numbers and booleans are taken as their text
    /// (as written), which suits environment values such as <c>PORT: 8080</c>.</summary>
    public static string? Text(YamlNode node, string path, DiagnosticBag bag, bool scalarsAsText = false)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is YamlScalarNode scalar && (scalar.Kind == ScalarKind.String || (scalarsAsText && !scalar.IsNull)))
        {
            return scalar.Value;
        }

        bag.Error(node, path, $"expected a string, got {node.Describe()}");
        return null;
    }

    /// <summary>A string that must match a pattern, described in words for the message.</summary>
    public static string? Matching(YamlNode node, string path, DiagnosticBag bag, NameRule pattern, string allowed)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var value = Text(node, path, bag);
        if (value is not null && !pattern.IsMatch(value))
        {
            bag.Error(node, path, $"'{YamlScalarNode.Shorten(value)}' is not valid; {allowed}");
            return null;
        }

        return value;
    }

    /// <summary>An integer within bounds. Strings from <c>!ENV</c> that hold an integer are accepted.</summary>
    public static long? WholeNumber(YamlNode node, string path, DiagnosticBag bag, long? min = null, long? max = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is not YamlScalarNode scalar || !scalar.TryGetInteger(out var value))
        {
            bag.Error(node, path, $"expected an integer, got {node.Describe()}");
            return null;
        }

        if (value < min || value > max)
        {
            var range = (min, max) switch
            {
                ({ } lo, { } hi) => $"between {lo} and {hi}",
                ({ } lo, null) => $"at least {lo}",
                (null, { } hi) => $"at most {hi}",
                _ => "",
            };
            bag.Error(node, path, $"{value} is out of range; it must be {range}");
            return null;
        }

        return value;
    }

    /// <summary>A boolean (YAML 1.1 spellings: true/false, yes/no, on/off).</summary>
    public static bool? Boolean(YamlNode node, string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is YamlScalarNode scalar && scalar.TryGetBoolean(out var value))
        {
            return value;
        }

        bag.Error(node, path, $"expected true or false, got {node.Describe()}");
        return null;
    }

    /// <summary>A number (integer or decimal).</summary>
    public static double? Number(YamlNode node, string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is YamlScalarNode scalar && scalar.TryGetNumber(out var value))
        {
            return value;
        }

        bag.Error(node, path, $"expected a number, got {node.Describe()}");
        return null;
    }

    /// <summary>A mapping, wrapped in a reader.</summary>
    public static MappingReader? Mapping(YamlNode node, string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, path, bag);
        }

        bag.Error(node, path, $"expected a mapping (key: value lines), got {node.Describe()}");
        return null;
    }

    /// <summary>A list.</summary>
    public static YamlSequenceNode? Sequence(YamlNode node, string path, DiagnosticBag bag)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(bag);
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        bag.Error(node, path, $"expected a list, got {node.Describe()}");
        return null;
    }

    /// <summary>The path of a list item: <c>deployIn.labels[2]</c>.</summary>
    public static string Item(string path, int index) => $"{path}[{index}]";

    /// <summary>The path of a mapping entry: <c>datacenters.main</c>.</summary>
    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
