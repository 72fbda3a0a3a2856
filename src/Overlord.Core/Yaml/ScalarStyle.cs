namespace Overlord.Core.Yaml;

/// <summary>How a scalar was written; it decides whether <c>${NAME}</c> is substituted.</summary>
public enum ScalarStyle
{
    /// <summary>Unquoted: substituted when it holds a reference (pyaml_env's implicit resolver).</summary>
    Plain,

    /// <summary>'single-quoted': substituted only with <c>!ENV</c>.</summary>
    SingleQuoted,

    /// <summary>"double-quoted": substituted only with <c>!ENV</c>.</summary>
    DoubleQuoted,

    /// <summary>| literal block: never substituted, kept byte-identical.</summary>
    Literal,

    /// <summary>&gt; folded block: never substituted.</summary>
    Folded,
}
