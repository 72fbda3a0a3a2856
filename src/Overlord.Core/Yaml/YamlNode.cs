using Overlord.Core.Diagnostics;
namespace Overlord.Core.Yaml;

/// <summary>A node of a loaded YAML document, with the position where it starts.</summary>
public abstract class YamlNode
{
    private protected YamlNode(Mark start, string? tag)
    {
        Start = start;
        Tag = tag;
    }

    /// <summary>Where the node starts in its file.</summary>
    public Mark Start { get; }

    /// <summary>The explicit tag (<c>!ENV</c>, <c>tag:yaml.org,2002:str</c>, ...), or null.</summary>
    public string? Tag { get; }

    /// <summary>Number of nodes this one stands for once every alias is expanded (itself included).</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>A short description of the node's type for error messages ("a list", "a mapping", "the string 'x'").</summary>
    public abstract string Describe();
}
