namespace Overlord.Core.Yaml;

/// <summary>How a YAML file is loaded: where <c>${NAME}</c> values come from and the limits that keep a hostile file small.</summary>
public sealed record YamlLoadOptions
{
    /// <summary>Returns a variable's value, or null when it is not set. Null disables substitution.</summary>
    public Func<string, string?>? Lookup { get; init; }

    /// <summary>Most nodes a document may stand for once aliases are expanded ("billion laughs" guard).</summary>
    public long MaxExpandedNodes { get; init; } = 200_000;

    /// <summary>Deepest nesting of mappings and lists.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Largest file, in characters.</summary>
    public int MaxLength { get; init; } = 16 * 1024 * 1024;
}
