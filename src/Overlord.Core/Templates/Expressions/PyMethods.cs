using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>The methods of str, dict, list and <c>loop</c> that templates may call, with Python's meaning.</summary>
internal static class PyMethods
{
    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "upper", "lower", "strip", "lstrip", "rstrip", "split", "replace", "startswith", "endswith", "join", "isdigit",
    };

    private static readonly HashSet<string> DictMethods = new(StringComparer.Ordinal) { "get", "items", "keys", "values" };

    private static readonly HashSet<string> ListMethods = new(StringComparer.Ordinal) { "index", "count" };

    public static bool Has(object? target, string name) => target switch
    {
        string => StringMethods.Contains(name),
        OrderedDictionary<object, object?> => DictMethods.Contains(name),
        List<object?> => ListMethods.Contains(name),
        _ => false,
    };

    public static object? Call(BoundMethod method, IReadOnlyList<object?> arguments, Mark mark)
    {
        var call = new PyArguments($"{method.Name}()", arguments, mark);
        return method.Target switch
        {
            string text => PyStringMethods.Call(text, method.Name, call),
            OrderedDictionary<object, object?> dict => DictMethod(dict, method.Name, call),
            List<object?> list => ListMethod(list, method.Name, call),
            LoopContext loop => Cycle(loop, call),
            _ => throw new TemplateException(mark, $"{PyValues.TypeName(method.Target)} has no method {method.Name}()"),
        };
    }

    private static object? DictMethod(OrderedDictionary<object, object?> dict, string name, PyArguments call)
    {
        switch (name)
        {
            case "get":
                call.Count(1, 2);
                return dict.TryGetValue(PyOperators.DictKey(call[0], call.Mark), out var value) ? value : call.Optional(1);
            case "items":
                call.Count(0, 0);
                return dict.Select(pair => (object?)new List<object?> { pair.Key, pair.Value }).ToList();
            case "keys":
                call.Count(0, 0);
                return dict.Keys.Cast<object?>().ToList();
            default:
                call.Count(0, 0);
                return dict.Values.ToList();
        }
    }

    private static long ListMethod(List<object?> list, string name, PyArguments call)
    {
        call.Count(1, 1);
        if (name == "count")
        {
            return list.Count(item => PyOperators.AreEqual(item, call[0]));
        }

        var index = list.FindIndex(item => PyOperators.AreEqual(item, call[0]));
        return index >= 0 ? index : throw new TemplateException(call.Mark, $"{PyValues.Repr(call[0])} is not in the list");
    }

    /// <summary><c>loop.cycle(a, b, ...)</c>: the argument at the loop's index, round and round.</summary>
    private static object? Cycle(LoopContext loop, PyArguments call)
    {
        call.Count(1, int.MaxValue);
        return call[loop.Index % call.Length];
    }
}
