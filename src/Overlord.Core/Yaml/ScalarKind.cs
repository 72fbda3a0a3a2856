namespace Overlord.Core.Yaml;

#pragma warning disable CA1720 // The members are YAML's own type names.

/// <summary>The type a scalar resolves to under YAML 1.1, as PyYAML's SafeLoader resolves it.</summary>
public enum ScalarKind
{
    /// <summary><c>~</c>, <c>null</c> or nothing.</summary>
    Null,

    /// <summary><c>true</c>, <c>yes</c>, <c>on</c> and their opposites, in the spellings YAML 1.1 allows.</summary>
    Boolean,

    /// <summary>Decimal, octal (0755), hexadecimal, binary or sexagesimal integer.</summary>
    Integer,

    /// <summary>A floating-point number, <c>.inf</c> or <c>.nan</c>.</summary>
    Float,

    /// <summary>Anything else, every quoted or block scalar, and every <c>!ENV</c> scalar without a type tag.</summary>
    String,
}
