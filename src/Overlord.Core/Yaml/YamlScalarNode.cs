using System.Globalization;
using Overlord.Core.Diagnostics;

namespace Overlord.Core.Yaml;

/// <summary>A scalar: its text after <c>${...}</c> substitution, how it was written and what type it resolves to.</summary>
public sealed class YamlScalarNode : YamlNode
{
    public YamlScalarNode(Mark start, string? tag, string value, ScalarStyle style, ScalarKind kind, bool fromEnvironment)
        : base(start, tag)
    {
        Value = value;
        Style = style;
        Kind = kind;
        FromEnvironment = fromEnvironment;
    }

    /// <summary>The text of the scalar (after substitution when it was substituted).</summary>
    public string Value { get; }

    /// <summary>How the scalar was written.</summary>
    public ScalarStyle Style { get; }

    /// <summary>The resolved type.</summary>
    public ScalarKind Kind { get; }

    /// <summary>True when the value went through <c>${...}</c> substitution (an <c>!ENV</c> scalar holding a reference).
    /// Such values are strings, as in the original, but readers accept them where numbers or booleans are expected.</summary>
    public bool FromEnvironment { get; }

    /// <inheritdoc />
    public override long ExpandedSize => 1;

    /// <summary>True for a null scalar.</summary>
    public bool IsNull => Kind == ScalarKind.Null;

    /// <inheritdoc />
    public override string Describe() => Kind switch
    {
        ScalarKind.Null => "nothing (null)",
        ScalarKind.Boolean => $"the boolean {Value}",
        ScalarKind.Integer => $"the integer {Value}",
        ScalarKind.Float => $"the number {Value}",
        _ => $"the string '{Shorten(Value)}'",
    };

    /// <summary>The scalar as an integer when it is one (or a string from the environment that holds one).</summary>
    public bool TryGetInteger(out long value)
    {
        value = 0;
        if (Kind == ScalarKind.Integer)
        {
            return ScalarResolver.TryParseInteger(Value, out value);
        }

        return FromEnvironment && Kind == ScalarKind.String
            && long.TryParse(Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The scalar as a boolean when it is one (or a string from the environment that holds one).</summary>
    public bool TryGetBoolean(out bool value)
    {
        value = false;
        if (Kind == ScalarKind.Boolean || (FromEnvironment && Kind == ScalarKind.String))
        {
            return ScalarResolver.TryParseBoolean(Value.Trim(), out value);
        }

        return false;
    }

    /// <summary>The scalar as a number when it is an integer, a float, or a numeric string from the environment.</summary>
    public bool TryGetNumber(out double value)
    {
        value = 0;
        if (Kind == ScalarKind.Integer && ScalarResolver.TryParseInteger(Value, out var integer))
        {
            value = integer;
            return true;
        }

        if (Kind == ScalarKind.Float || (FromEnvironment && Kind == ScalarKind.String))
        {
            return ScalarResolver.TryParseFloat(Value.Trim(), out value);
        }

        return false;
    }

    internal static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : string.Concat(line.AsSpan(0, 57), "...");
    }
}
