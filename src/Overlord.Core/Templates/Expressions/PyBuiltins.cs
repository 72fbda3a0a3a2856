using System.Globalization;
using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>The builtins a template may call: <c>len int str bool range</c>. Nothing else of Python is reachable.</summary>
internal static class PyBuiltins
{
    /// <summary>The longest list <c>range()</c> may make.</summary>
    public const int MaxRange = 1_000_000;

    private static readonly HashSet<string> Names = new(StringComparer.Ordinal) { "len", "int", "str", "bool", "range" };

    public static bool IsBuiltin(string name) => Names.Contains(name);

    public static object? Call(string name, IReadOnlyList<object?> arguments, Mark mark)
    {
        var call = new PyArguments($"{name}()", arguments, mark);
        switch (name)
        {
            case "len":
                call.Count(1, 1);
                return Length(call[0], mark);
            case "int":
                call.Count(1, 1);
                return call[0] is string text ? ParseInt(text, mark) : PyValues.Int(call[0], "int()'s argument", mark);
            case "str":
                call.Count(0, 1);
                return call.Length == 0 ? "" : PyValues.Str(call[0]);
            case "bool":
                call.Count(0, 1);
                return call.Length > 0 && PyValues.IsTrue(call[0]);
            default:
                call.Count(1, 3);
                return Range(call);
        }
    }

    private static long Length(object? value, Mark mark) => value switch
    {
        string text => text.Length,
        List<object?> list => list.Count,
        OrderedDictionary<object, object?> dict => dict.Count,
        _ => throw new TemplateException(mark, $"len() needs a str, list or dict, not {PyValues.TypeName(value)}"),
    };

    /// <summary>Python's <c>int("...")</c>: optional spaces and sign, decimal digits, single underscores between digits.</summary>
    private static long ParseInt(string text, Mark mark)
    {
        var trimmed = text.Trim();
        var digits = trimmed.TrimStart('+', '-');
        var valid = digits.Length > 0 && trimmed.Length - digits.Length <= 1 && char.IsAsciiDigit(digits[0]) && char.IsAsciiDigit(digits[^1])
            && digits.All(c => char.IsAsciiDigit(c) || c == '_') && !digits.Contains("__", StringComparison.Ordinal);
        if (!valid || !long.TryParse(trimmed.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            throw new TemplateException(mark, $"int() cannot read {PyValues.Repr(text)} as a base-10 integer");
        }

        return number;
    }

    private static List<object?> Range(PyArguments call)
    {
        var (start, stop) = call.Length == 1 ? (0, call.Int(0)) : (call.Int(0), call.Int(1));
        var step = call.Length == 3 ? call.Int(2) : 1;
        if (step == 0)
        {
            throw new TemplateException(call.Mark, "range() step cannot be zero");
        }

        var count = Math.Max(0, Math.Ceiling(((double)stop - start) / step));
        if (count > MaxRange)
        {
            throw new TemplateException(call.Mark, $"range() would hold {count} numbers; at most {MaxRange} are allowed");
        }

        return Enumerable.Range(0, (int)count).Select(i => (object?)(start + (i * step))).ToList();
    }
}
