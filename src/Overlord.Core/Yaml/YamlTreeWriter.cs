using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using DotNetScalarStyle = YamlDotNet.Core.ScalarStyle;

namespace Overlord.Core.Yaml;

/// <summary>
/// Writes a JSON tree as YAML with YamlDotNet's emitter: multi-line text as literal blocks (byte-identical
/// when read back), and text that YAML 1.1 would read as another type (<c>yes</c>, <c>0755</c>, <c>~</c>)
/// or that holds <c>${</c> or edge spaces quoted, so loading the output gives the same values.
/// Used by print-spec and print-config alike.
/// </summary>
public static class YamlTreeWriter
{
    public static string Write(JsonNode root)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithBestIndent(2).WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Emit(Emitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in map)
                {
                    emitter.Emit(Text(key));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in list)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                emitter.Emit(Text(value.GetValue<string>()));
                break;
            case JsonValue value:
                emitter.Emit(Plain(value.ToJsonString()));
                break;
            default:
                emitter.Emit(Plain("null"));
                break;
        }
    }

    private static Scalar Plain(string text) => new(AnchorName.Empty, TagName.Empty, text, DotNetScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    private static Scalar Text(string text)
    {
        var style = text.Contains('\n', StringComparison.Ordinal) ? DotNetScalarStyle.Literal
            : ScalarResolver.Resolve(text) != ScalarKind.String || text.Contains("${", StringComparison.Ordinal) || text.Trim() != text ? DotNetScalarStyle.DoubleQuoted
            : DotNetScalarStyle.Any;
        return new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true);
    }
}
