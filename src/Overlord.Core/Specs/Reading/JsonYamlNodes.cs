using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Core.Diagnostics;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>
/// Turns a JSON tree (an API body) into the YAML nodes the spec readers read, so a body is checked by the same
/// rules as a file. Each node gets the next line number in document order, so errors come out in body order.
/// </summary>
internal sealed class JsonYamlNodes
{
    private int _line;

    public static YamlMappingNode Mapping(JsonObject json) => (YamlMappingNode)new JsonYamlNodes().Convert(json);

    private YamlNode Convert(JsonNode? json)
    {
        var mark = new Mark(++_line, 1);
        switch (json)
        {
            case JsonObject map:
                var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>();
                foreach (var (key, value) in map)
                {
                    var keyNode = new YamlScalarNode(new Mark(_line + 1, 1), null, key, ScalarStyle.DoubleQuoted, ScalarKind.String, fromEnvironment: false);
                    entries.Add(new(keyNode, Convert(value)));
                }

                return new YamlMappingNode(mark, null, entries, 1 + entries.Sum(entry => entry.Value.ExpandedSize));
            case JsonArray list:
                var items = list.Select(Convert).ToList();
                return new YamlSequenceNode(mark, null, items, 1 + items.Sum(item => item.ExpandedSize));
            case JsonValue value:
                return Scalar(mark, value);
            default:
                return new YamlScalarNode(mark, null, "null", ScalarStyle.Plain, ScalarKind.Null, fromEnvironment: false);
        }
    }

    private static YamlScalarNode Scalar(Mark mark, JsonValue value)
    {
        var (text, kind) = value.GetValueKind() switch
        {
            JsonValueKind.String => (value.GetValue<string>(), ScalarKind.String),
            JsonValueKind.True => ("true", ScalarKind.Boolean),
            JsonValueKind.False => ("false", ScalarKind.Boolean),
            JsonValueKind.Number => Number(value.ToJsonString()),
            _ => ("null", ScalarKind.Null),
        };
        var style = kind == ScalarKind.String ? ScalarStyle.DoubleQuoted : ScalarStyle.Plain;
        return new YamlScalarNode(mark, null, text, style, kind, fromEnvironment: false);
    }

    private static (string, ScalarKind) Number(string raw) =>
        long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? (raw, ScalarKind.Integer)
            : (raw, ScalarKind.Float);
}
