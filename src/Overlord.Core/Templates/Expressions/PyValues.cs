using System.Globalization;
using System.Text;
using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// Template values as Python sees them: <c>None</c> is null, then bool, long (int), string, <see cref="List{T}"/>
/// (list and tuple) and <see cref="OrderedDictionary{TKey, TValue}"/> (dict). Truth, <c>str()</c> and <c>repr()</c>
/// follow Python's rules.
/// </summary>
internal static class PyValues
{
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        long => "int",
        string => "str",
        List<object?> => "list",
        OrderedDictionary<object, object?> => "dict",
        Undefined => "Undefined",
        LoopContext => "LoopContext",
        BuiltinFunction or BoundMethod => "function",
        _ => value.GetType().Name,
    };

    /// <summary>Python's truth: None, False, 0, empty text and empty collections are false; so is an undefined name.</summary>
    public static bool IsTrue(object? value) => value switch
    {
        null or Undefined => false,
        bool flag => flag,
        long number => number != 0,
        string text => text.Length > 0,
        List<object?> list => list.Count > 0,
        OrderedDictionary<object, object?> dict => dict.Count > 0,
        _ => true,
    };

    /// <summary>The value, or the error of using an undefined name, for operations that need a real value.</summary>
    public static object? Require(object? value) => value is Undefined undefined ? throw undefined.Error() : value;

    /// <summary>Python's <c>str()</c>.</summary>
    public static string Str(object? value) => value switch
    {
        string text => text,
        Undefined undefined => throw undefined.Error(),
        _ => Repr(value),
    };

    /// <summary>Python's <c>repr()</c>: what <c>str()</c> shows for the items of a list or dict.</summary>
    public static string Repr(object? value) => value switch
    {
        null => "None",
        bool flag => flag ? "True" : "False",
        long number => number.ToString(CultureInfo.InvariantCulture),
        string text => QuoteRepr(text),
        List<object?> list => "[" + string.Join(", ", list.Select(Repr)) + "]",
        OrderedDictionary<object, object?> dict => "{" + string.Join(", ", dict.Select(pair => $"{Repr(pair.Key)}: {Repr(pair.Value)}")) + "}",
        Undefined undefined => throw undefined.Error(),
        BuiltinFunction function => $"<built-in function {function.Name}>",
        BoundMethod method => $"<method {method.Name} of {TypeName(method.Target)}>",
        _ => $"<{TypeName(value)}>",
    };

    /// <summary>A Python int of <paramref name="value"/>, or a type error naming <paramref name="what"/>.</summary>
    public static long Int(object? value, string what, Mark mark) => Require(value) switch
    {
        long number => number,
        bool flag => flag ? 1 : 0,
        var other => throw new TemplateException(mark, $"{what} must be an int, not {TypeName(other)}"),
    };

    private static string QuoteRepr(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c.ToString(CultureInfo.InvariantCulture),
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(CultureInfo.InvariantCulture),
            });
        }

        return builder.Append(quote).ToString();
    }
}
