using System.Globalization;
using Overlord.Core.Validation;
using Overlord.Core.Yaml;

namespace Overlord.Runtime.Director;

internal sealed partial class DirectorFileReader
{
    /// <summary>
    /// Director turns non-string values into strings with Python's <c>str()</c>: booleans become
    /// True/False and integers their value as PyYAML read it (<c>0755</c> is octal, so "493").
    /// Floats keep their text. Null stays null.
    /// </summary>
    private static string? PythonText(YamlScalarNode scalar) => scalar.Kind switch
    {
        ScalarKind.Null => null,
        ScalarKind.Boolean when scalar.TryGetBoolean(out var flag) => flag ? "True" : "False",
        ScalarKind.Integer when scalar.TryGetInteger(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => scalar.Value,
    };

    /// <summary>A mapping key as Director's <c>_fix_non_str_keys</c> leaves it: <c>str(key)</c>.</summary>
    private static string Key(YamlScalarNode key) => PythonText(key) ?? "None";

    /// <summary>A value as a string (see <see cref="PythonText"/>); a list or mapping is an error.</summary>
    private string? Text(YamlNode node, string path) =>
        node is YamlScalarNode scalar ? PythonText(scalar) : NodeValues.Text(node, path, bag);

    private string? Text(MappingReader mapping, string key) =>
        mapping.Take(key) is { } node ? Text(node, Child(mapping.Path, key)) : null;

    private int? Integer(MappingReader mapping, string key) =>
        mapping.Take(key) is { } node ? (int?)NodeValues.WholeNumber(node, Child(mapping.Path, key), bag, int.MinValue, int.MaxValue) : null;

    private bool Flag(MappingReader mapping, string key) =>
        mapping.Take(key) is { } node && NodeValues.Boolean(node, Child(mapping.Path, key), bag) == true;

    private List<DirectorPair> Pairs(MappingReader mapping, string key, bool allowNullValue) =>
        mapping.Take(key) is { } node ? Pairs(node, Child(mapping.Path, key), allowNullValue) : [];

    /// <summary>A list of single-key maps (<c>- key: value</c>), as Director's <c>_fix_non_str_list</c> checks it.</summary>
    private List<DirectorPair> Pairs(YamlNode node, string path, bool allowNullValue)
    {
        var pairs = new List<DirectorPair>();
        if (NodeValues.Sequence(node, path, bag) is not { } sequence)
        {
            return pairs;
        }

        for (var index = 0; index < sequence.Items.Count; index++)
        {
            var itemPath = $"{path}/#{index + 1}";
            if (NodeValues.Mapping(sequence.Items[index], itemPath, bag) is not { } item)
            {
                continue;
            }

            if (item.Node.Entries.Count != 1)
            {
                bag.Error(item.Node, itemPath, "must have exactly one key");
                continue;
            }

            var (keyNode, valueNode) = item.Node.Entries[0];
            var key = Key(keyNode);
            var value = Text(valueNode, $"{path}/{key}");
            if (!allowNullValue && valueNode is YamlScalarNode { IsNull: true })
            {
                bag.Error(valueNode, $"{path}/{key}", "a value is required here");
            }

            pairs.Add(new DirectorPair(key, value));
        }

        return pairs;
    }
}
