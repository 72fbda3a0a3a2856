using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// The names an expression sees: loop variables (innermost first), then the template's variables, then the builtins.
/// A name nothing defines is <see cref="Undefined"/>, as in Mako.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, object?> _names = new(StringComparer.Ordinal);
    private readonly Scope? _parent;

    private Scope(Scope? parent)
    {
        _parent = parent;
    }

    /// <summary>The outermost scope of a template: its variables, and <c>context</c> holding them all.</summary>
    public static Scope ForVariables(IReadOnlyDictionary<string, string> variables)
    {
        var scope = new Scope(null);
        var context = new OrderedDictionary<object, object?>();
        foreach (var (name, value) in variables)
        {
            scope._names[name] = value;
            context[name] = value;
        }

        scope._names.TryAdd("context", context);
        return scope;
    }

    public Scope Child() => new(this);

    public void Set(string name, object? value) => _names[name] = value;

    public object? Lookup(string name, Mark mark)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._names.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return PyBuiltins.IsBuiltin(name) ? new BuiltinFunction(name) : new Undefined(name, mark);
    }
}
