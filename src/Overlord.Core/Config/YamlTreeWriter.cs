using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Overlord.Core.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using DotNetScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Overlord.Core.Config;

/// <summary>Writes a JSON tree as block-style YAML that reads back as the same values under YAML 1.1
/// (so the string "yes" or "8080" is quoted, and booleans and numbers are not).</summary>
internal static class YamlTreeWriter
{
    public static string Write(JsonNode tree)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(writer, bestIndent: 2);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Node(emitter, tree);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Node(Emitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject mapping:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in mapping)
                {
                    Text(emitter, key);
                    Node(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Node(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                Text(emitter, value.GetValue<string>());
                break;
            case null:
                Plain(emitter, "null");
                break;
            default:
                Plain(emitter, node.ToJsonString());
                break;
        }
    }

    private static void Text(Emitter emitter, string text)
    {
        // A string that YAML 1.1 would read as another type (yes, 8080, ~) must be quoted.
        var style = ScalarResolver.Resolve(text) == ScalarKind.String && text.Trim() == text ? DotNetScalarStyle.Any : DotNetScalarStyle.DoubleQuoted;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static void Plain(Emitter emitter, string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, DotNetScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
}
