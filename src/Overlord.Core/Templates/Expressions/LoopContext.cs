namespace Overlord.Core.Templates;

/// <summary>Mako's <c>loop</c> inside a <c>% for</c>: where the current item is in the sequence.</summary>
internal sealed class LoopContext(int length)
{
    public int Index { get; set; }

    public int Length => length;

    public object? Attribute(string name) => name switch
    {
        "index" => (long)Index,
        "reverse_index" => (long)(Length - Index - 1),
        "first" => Index == 0,
        "last" => Index == Length - 1,
        "even" => Index % 2 == 0,
        "odd" => Index % 2 == 1,
        "cycle" => new BoundMethod(this, "cycle"),
        _ => null,
    };
}
