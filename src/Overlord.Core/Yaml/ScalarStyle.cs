namespace Overlord.Core.Yaml;

/// <summary>How a scalar was written; it decides the type of an untagged scalar (only a plain one can be a number).</summary>
public enum ScalarStyle
{
    /// <summary>Unquoted: resolved to null, a boolean, a number or a string.</summary>
    Plain,

    /// <summary>'single-quoted': a string.</summary>
    SingleQuoted,

    /// <summary>"double-quoted": a string.</summary>
    DoubleQuoted,

    /// <summary>| literal block: a string kept byte-identical.</summary>
    Literal,

    /// <summary>&gt; folded block: a string.</summary>
    Folded,
}
