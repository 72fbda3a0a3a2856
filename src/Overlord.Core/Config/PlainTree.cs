using System.Collections.ObjectModel;
using Overlord.Core.Yaml;

namespace Overlord.Core.Config;

/// <summary>A free-form YAML value (such as <c>log_config</c>) as read-only plain values: dictionaries, lists,
/// strings, longs, doubles, booleans and nulls.</summary>
internal static class PlainTree
{
    public static IReadOnlyDictionary<string, object?> FromMapping(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            result[key.Value] = From(value);
        }

        return new ReadOnlyDictionary<string, object?>(result);
    }

    private static object? From(YamlNode node) => node switch
    {
        YamlMappingNode mapping => FromMapping(mapping),
        YamlSequenceNode sequence => sequence.Items.Select(From).ToList().AsReadOnly(),
        YamlScalarNode { IsNull: true } => null,
        YamlScalarNode { Kind: ScalarKind.Boolean } scalar when scalar.TryGetBoolean(out var flag) => flag,
        YamlScalarNode { Kind: ScalarKind.Integer } scalar when scalar.TryGetInteger(out var integer) => integer,
        YamlScalarNode { Kind: ScalarKind.Float } scalar when scalar.TryGetNumber(out var number) => number,
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
