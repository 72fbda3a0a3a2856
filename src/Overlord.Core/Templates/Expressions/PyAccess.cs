using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>Attribute access, indexing, slicing and calls on template values.</summary>
internal static class PyAccess
{
    public static object? Attribute(object? target, string name, Mark mark) => PyValues.Require(target) switch
    {
        LoopContext loop when loop.Attribute(name) is { } value => value,
        OrderedDictionary<object, object?> when !PyMethods.Has(target, name) =>
            throw new TemplateException(mark, $"a dict has no attribute '{name}'; write ['{name}'] to read a key"),
        _ when PyMethods.Has(target, name) => new BoundMethod(target, name),
        _ => throw new TemplateException(mark, $"{PyValues.TypeName(target)} has no attribute '{name}'"),
    };

    public static object? Item(object? target, object? key, Mark mark)
    {
        switch (PyValues.Require(target))
        {
            case OrderedDictionary<object, object?> dict:
                return dict.TryGetValue(PyOperators.DictKey(key, mark), out var value)
                    ? value
                    : throw new TemplateException(mark, $"key {PyValues.Repr(key)} is not in the dict");
            case string text:
                var at = Index(text.Length, key, mark);
                return text[at..(at + 1)];
            case List<object?> list:
                return list[Index(list.Count, key, mark)];
            default:
                throw new TemplateException(mark, $"{PyValues.TypeName(target)} cannot be indexed");
        }
    }

    /// <summary><c>target[start:stop:step]</c> of a str or list, with Python's rules for negative and missing bounds.</summary>
    public static object? Slice(object? target, object? start, object? stop, object? step, Mark mark)
    {
        target = PyValues.Require(target);
        var length = target switch
        {
            string text => text.Length,
            List<object?> list => list.Count,
            _ => throw new TemplateException(mark, $"{PyValues.TypeName(target)} cannot be sliced"),
        };
        var by = step is null ? 1 : PyValues.Int(step, "a slice step", mark);
        if (by == 0)
        {
            throw new TemplateException(mark, "a slice step cannot be zero");
        }

        var from = Bound(start, length, by, mark, by > 0 ? 0 : length - 1);
        var to = Bound(stop, length, by, mark, by > 0 ? length : -1);
        var indexes = new List<int>();
        for (var i = from; by > 0 ? i < to : i > to; i += by)
        {
            indexes.Add((int)i);
        }

        return target is string s
            ? string.Concat(indexes.Select(i => s[i]))
            : indexes.Select(i => ((List<object?>)target)[i]).ToList();
    }

    public static object? Call(object? function, IReadOnlyList<object?> arguments, Mark mark) => PyValues.Require(function) switch
    {
        BuiltinFunction builtin => PyBuiltins.Call(builtin.Name, arguments, mark),
        BoundMethod method => PyMethods.Call(method, arguments, mark),
        var other => throw new TemplateException(mark, $"{PyValues.TypeName(other)} cannot be called"),
    };

    private static int Index(int length, object? key, Mark mark)
    {
        var index = PyValues.Int(key, "an index", mark);
        var position = index < 0 ? index + length : index;
        return position >= 0 && position < length
            ? (int)position
            : throw new TemplateException(mark, $"index {index} is out of range (length {length})");
    }

    /// <summary>A slice bound clamped as Python's <c>slice.indices</c> does.</summary>
    private static long Bound(object? value, int length, long step, Mark mark, long missing)
    {
        if (value is null)
        {
            return missing;
        }

        var bound = PyValues.Int(value, "a slice bound", mark);
        if (bound < 0)
        {
            bound += length;
        }

        return step > 0 ? Math.Clamp(bound, 0, length) : Math.Clamp(bound, -1, length - 1);
    }
}
