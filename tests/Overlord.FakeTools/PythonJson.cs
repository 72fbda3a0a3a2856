using System.Globalization;
using System.Text;

namespace Overlord.FakeTools;

/// <summary>
/// Writes JSON exactly as Python's <c>json.dumps</c> does (what Director prints): with <c>indent=2</c> or on one
/// line, <c>", "</c> and <c>": "</c> separators, non-ASCII escaped as \uXXXX. Objects are ordered lists of
/// (key, value) pairs; values are null, bool, int, string, lists and objects. Hand-written rather than
/// System.Text.Json because its layout and escaping differ, and a fake starts once per call.
/// </summary>
internal static class PythonJson
{
    public static string Dumps(object? value, bool indented = true)
    {
        var builder = new StringBuilder();
        Write(builder, value, indented ? 0 : -1);
        return builder.ToString();
    }

    public static IReadOnlyList<(string Key, object? Value)> Object(params (string Key, object? Value)[] pairs) => pairs;

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                break;
            case int number:
                builder.Append(number.ToString(CultureInfo.InvariantCulture));
                break;
            case string text:
                WriteString(builder, text);
                break;
            case IReadOnlyList<(string Key, object? Value)> pairs:
                WriteContainer(builder, '{', '}', pairs.Count, depth, (index, inner) =>
                {
                    WriteString(builder, pairs[index].Key);
                    builder.Append(": ");
                    Write(builder, pairs[index].Value, inner);
                });
                break;
            case System.Collections.IList list:
                WriteContainer(builder, '[', ']', list.Count, depth, (index, inner) => Write(builder, list[index], inner));
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType()} as JSON", nameof(value));
        }
    }

    private static void WriteContainer(StringBuilder builder, char open, char close, int count, int depth, Action<int, int> writeItem)
    {
        builder.Append(open);
        if (count == 0)
        {
            builder.Append(close);
            return;
        }

        var inner = depth < 0 ? -1 : depth + 1;
        for (var index = 0; index < count; index++)
        {
            builder.Append(index == 0 ? "" : depth < 0 ? ", " : ",");
            if (depth >= 0)
            {
                builder.Append('\n').Append(' ', 2 * inner);
            }

            writeItem(index, inner);
        }

        if (depth >= 0)
        {
            builder.Append('\n').Append(' ', 2 * depth);
        }

        builder.Append(close);
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' or > '~' => $"\\u{(int)character:x4}",
                _ => character.ToString(),
            });
        }

        builder.Append('"');
    }
}
