namespace Overlord.Cli.Output;

/// <summary>A labelled node of an ASCII tree, with its children in the order they were added.</summary>
internal sealed class TreeBranch(string label)
{
    private readonly List<TreeBranch> _children = [];

    public string Label { get; } = label;

    /// <summary>The child with <paramref name="label"/>, added when missing.</summary>
    public TreeBranch Child(string label)
    {
        var child = _children.FirstOrDefault(c => c.Label == label);
        if (child is null)
        {
            child = new TreeBranch(label);
            _children.Add(child);
        }

        return child;
    }

    /// <summary>asciitree's LeftAligned with BoxStyle: <c> +-- </c> before a child, <c> |   </c> under a child that has a sibling after it.</summary>
    public IReadOnlyList<string> Render()
    {
        var lines = new List<string> { Label };
        for (var i = 0; i < _children.Count; i++)
        {
            var child = _children[i].Render();
            var last = i == _children.Count - 1;
            lines.Add(" +-- " + child[0]);
            lines.AddRange(child.Skip(1).Select(line => (last ? "    " : " |  ") + line));
        }

        return lines;
    }
}
