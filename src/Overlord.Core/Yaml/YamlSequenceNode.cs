using Overlord.Core.Diagnostics;
namespace Overlord.Core.Yaml;

/// <summary>A YAML sequence (a list).</summary>
public sealed class YamlSequenceNode : YamlNode
{
    private readonly List<YamlNode> _items;
    private readonly long _expandedSize;

    internal YamlSequenceNode(Mark start, string? tag, List<YamlNode> items, long expandedSize)
        : base(start, tag)
    {
        _items = items;
        _expandedSize = expandedSize;
    }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<YamlNode> Items => _items;

    /// <inheritdoc />
    public override long ExpandedSize => _expandedSize;

    /// <inheritdoc />
    public override string Describe() => "a list";
}
