using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>Python's arithmetic, comparison and membership on template values; a mismatch of types is an error, as in Python.</summary>
internal static class PyOperators
{
    /// <summary>The longest text or list an operator may build: as much as a rendered template may hold.</summary>
    public const int MaxLength = MakoTemplate.MaxOutputLength;

    public static object? Arithmetic(string op, object? left, object? right, Mark mark)
    {
        left = PyValues.Require(left);
        right = PyValues.Require(right);
        try
        {
            return (op, Number(left), Number(right)) switch
            {
                ("+", long a, long b) => checked(a + b),
                ("-", long a, long b) => checked(a - b),
                ("*", long a, long b) => checked(a * b),
                ("//", long, 0L) or ("%", long, 0L) => throw new TemplateException(mark, "integer division or modulo by zero"),
                ("//", long a, long b) => FloorDivide(a, b),
                ("%", long a, long b) => a - (FloorDivide(a, b) * b),
                _ => Sequence(op, left, right, mark),
            };
        }
        catch (OverflowException)
        {
            throw new TemplateException(mark, $"the result of '{op}' is too large for an int");
        }
    }

    /// <summary>One comparison of a chain (<c>a &lt; b &lt;= c</c>).</summary>
    public static bool Compare(string op, object? left, object? right, Mark mark) => op switch
    {
        "==" => AreEqual(left, right),
        "!=" => !AreEqual(left, right),
        "is" => IsSame(left, right),
        "is not" => !IsSame(left, right),
        "in" => Contains(right, left, mark),
        "not in" => !Contains(right, left, mark),
        _ => Order(op, PyValues.Require(left), PyValues.Require(right), mark),
    };

    public static bool AreEqual(object? left, object? right) => (Number(left), Number(right)) switch
    {
        (long a, long b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (List<object?> a, List<object?> b) => a.Count == b.Count && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second)),
        (OrderedDictionary<object, object?> a, OrderedDictionary<object, object?> b) =>
            a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && AreEqual(pair.Value, other)),
        (null, null) => true,
        (Undefined, Undefined) => true,
        var (a, b) => ReferenceEquals(a, b),
    };

    /// <summary><c>item in container</c>: a substring, a list item or a dict key.</summary>
    public static bool Contains(object? container, object? item, Mark mark) => PyValues.Require(container) switch
    {
        string text when PyValues.Require(item) is string part => text.Contains(part, StringComparison.Ordinal),
        string => throw new TemplateException(mark, $"'in <string>' needs a string on its left, not {PyValues.TypeName(item)}"),
        List<object?> list => list.Any(entry => AreEqual(entry, item)),
        OrderedDictionary<object, object?> dict => dict.ContainsKey(DictKey(item, mark)),
        var other => throw new TemplateException(mark, $"'in' needs a str, list or dict on its right, not {PyValues.TypeName(other)}"),
    };

    /// <summary>A value usable as a dict key: None, bool, int or str, as the template's literals make them.</summary>
    public static object DictKey(object? key, Mark mark) => PyValues.Require(key) switch
    {
        bool flag => flag ? 1L : 0L,
        long or string => key!,
        var other => throw new TemplateException(mark, $"a dict key must be a str or an int, not {PyValues.TypeName(other)}"),
    };

    /// <summary><c>is</c>: the same None, bool or undefined name; for other values, the same object.</summary>
    private static bool IsSame(object? left, object? right) => (left, right) switch
    {
        (null, null) or (Undefined, Undefined) => true,
        (bool a, bool b) => a == b,
        (long a, long b) => a == b,
        _ => ReferenceEquals(left, right),
    };

    private static bool Order(string op, object? left, object? right, Mark mark)
    {
        var order = (Number(left), Number(right)) switch
        {
            (long a, long b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (List<object?> a, List<object?> b) => ListOrder(a, b, mark),
            _ => throw new TemplateException(mark, $"'{op}' cannot compare {PyValues.TypeName(left)} with {PyValues.TypeName(right)}"),
        };
        return op switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }

    private static int ListOrder(List<object?> left, List<object?> right, Mark mark)
    {
        for (var i = 0; i < left.Count && i < right.Count; i++)
        {
            if (!AreEqual(left[i], right[i]))
            {
                return Order("<", left[i], right[i], mark) ? -1 : 1;
            }
        }

        return left.Count.CompareTo(right.Count);
    }

    private static object? Sequence(string op, object? left, object? right, Mark mark) => (op, left, right) switch
    {
        ("+", string a, string b) => Bounded((double)a.Length + b.Length, mark) ? a + b : null,
        ("+", List<object?> a, List<object?> b) => Bounded((double)a.Count + b.Count, mark) ? a.Concat(b).ToList() : null,
        ("*", string or List<object?>, long times) => Repeat(left!, times, mark),
        ("*", long times, string or List<object?>) => Repeat(right!, times, mark),
        ("%", string, _) => throw new TemplateException(mark, "'%' formatting of text is not supported; use + and str()"),
        _ => throw new TemplateException(mark, $"'{op}' cannot combine {PyValues.TypeName(left)} and {PyValues.TypeName(right)}"),
    };

    /// <summary><c>text * n</c> or <c>list * n</c>: the sequence repeated, empty for n below 1.</summary>
    private static object Repeat(object sequence, long times, Mark mark)
    {
        var count = (int)Math.Max(0, Math.Min(times, MaxLength + 1L));
        if (sequence is string text)
        {
            _ = Bounded((double)text.Length * count, mark);
            return string.Concat(Enumerable.Repeat(text, count));
        }

        var list = (List<object?>)sequence;
        _ = Bounded((double)list.Count * count, mark);
        return Enumerable.Repeat(list, count).SelectMany(items => items).ToList();
    }

    private static bool Bounded(double length, Mark mark) =>
        length <= MaxLength ? true : throw new TemplateException(mark, $"the result would be longer than {MaxLength} items");

    /// <summary>A bool counts as the int 0 or 1, as in Python.</summary>
    private static object? Number(object? value) => value is bool flag ? (flag ? 1L : 0L) : value;

    private static long FloorDivide(long a, long b)
    {
        var quotient = a / b;
        return (a % b != 0) && ((a < 0) != (b < 0)) ? quotient - 1 : quotient;
    }
}
