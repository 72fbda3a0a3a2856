namespace Overlord.Cli.Tests.Architecture;

/// <summary>Tarjan's strongly connected components of a small directed graph.</summary>
internal sealed class StronglyConnected(IReadOnlyDictionary<string, HashSet<string>> edges)
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _low = new(StringComparer.Ordinal);
    private readonly Stack<string> _stack = new();
    private readonly HashSet<string> _onStack = new(StringComparer.Ordinal);
    private readonly List<List<string>> _components = [];

    public List<List<string>> Components()
    {
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(targets => targets)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (!_index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return _components;
    }

    private void Visit(string node)
    {
        _index[node] = _low[node] = _index.Count;
        _stack.Push(node);
        _onStack.Add(node);
        foreach (var next in edges.TryGetValue(node, out var targets) ? targets : [])
        {
            if (!_index.TryGetValue(next, out var seen))
            {
                Visit(next);
                _low[node] = Math.Min(_low[node], _low[next]);
            }
            else if (_onStack.Contains(next))
            {
                _low[node] = Math.Min(_low[node], seen);
            }
        }

        if (_low[node] != _index[node])
        {
            return;
        }

        var component = new List<string>();
        string member;
        do
        {
            member = _stack.Pop();
            _onStack.Remove(member);
            component.Add(member);
        }
        while (member != node);

        _components.Add(component);
    }
}
