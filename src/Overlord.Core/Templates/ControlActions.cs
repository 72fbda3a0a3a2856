using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>What <c>% if</c> and <c>% for</c> do when the template runs.</summary>
internal static class ControlActions
{
    public static RenderAction If(IReadOnlyList<(Evaluator? Condition, List<RenderAction> Body)> branches) => (state, scope) =>
    {
        foreach (var (condition, body) in branches)
        {
            if (condition is null || PyValues.IsTrue(condition(scope)))
            {
                Run(body, state, scope);
                return;
            }
        }
    };

    /// <summary>Runs the body once per item, with the loop variables and Mako's <c>loop</c> set in a scope of its own.</summary>
    public static RenderAction For(IReadOnlyList<string> targets, Evaluator sequence, Mark mark, List<RenderAction> body) => (state, scope) =>
    {
        var items = Items(sequence(scope), mark);
        var inner = scope.Child();
        var loop = new LoopContext(items.Count);
        inner.Set("loop", loop);
        for (var i = 0; i < items.Count; i++)
        {
            loop.Index = i;
            Assign(inner, targets, items[i], mark);
            Run(body, state, inner);
        }
    };

    private static void Run(List<RenderAction> body, RenderState state, Scope scope)
    {
        foreach (var action in body)
        {
            action(state, scope);
        }
    }

    /// <summary>What a for loop walks: a list's items, a str's characters, a dict's keys.</summary>
    private static List<object?> Items(object? sequence, Mark mark) => PyValues.Require(sequence) switch
    {
        List<object?> list => [.. list],
        string text => text.Select(c => (object?)new string(c, 1)).ToList(),
        OrderedDictionary<object, object?> dict => dict.Keys.Cast<object?>().ToList(),
        var other => throw new TemplateException(mark, $"'% for' needs a list, str or dict to walk, not {PyValues.TypeName(other)}"),
    };

    private static void Assign(Scope scope, IReadOnlyList<string> targets, object? item, Mark mark)
    {
        if (targets.Count == 1)
        {
            scope.Set(targets[0], item);
            return;
        }

        // A str unpacks into its characters, as in Python.
        var parts = item is string text ? text.Select(c => (object?)new string(c, 1)).ToList() : item as List<object?>;
        if (parts is null || parts.Count != targets.Count)
        {
            var given = parts is null ? PyValues.TypeName(item) : $"{parts.Count} values";
            throw new TemplateException(mark, $"'% for' cannot unpack {given} into {targets.Count} variables ({string.Join(", ", targets)})");
        }

        for (var i = 0; i < targets.Count; i++)
        {
            scope.Set(targets[i], parts[i]);
        }
    }
}
