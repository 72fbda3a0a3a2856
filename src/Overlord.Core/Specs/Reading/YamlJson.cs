using System.Text.Json.Nodes;
using Overlord.Core.Yaml;

namespace Overlord.Core.Specs.Reading;

/// <summary>Turns a free-form YAML tree (cloud-init documents) into JSON with the YAML 1.1 types kept.</summary>
internal static class YamlJson
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToObject(mapping),
        YamlSequenceNode sequence => new JsonArray(sequence.Items.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    public static JsonObject ToObject(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Entries)
        {
            result[key.Value] = ToJson(value);
        }

        return result;
    }

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                return null;
            case ScalarKind.Boolean when scalar.TryGetBoolean(out var flag):
                return JsonValue.Create(flag);
            case ScalarKind.Integer when scalar.TryGetInteger(out var integer):
                return JsonValue.Create(integer);
            case ScalarKind.Float when scalar.TryGetNumber(out var number) && double.IsFinite(number):
                return JsonValue.Create(number);
            default:
                return JsonValue.Create(scalar.Value);
        }
    }
}
