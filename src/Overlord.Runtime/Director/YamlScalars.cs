using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using EnvSubstitution = Overlord.Core.Yaml.EnvSubstitution;

namespace Overlord.Runtime.Director;

/// <summary>How a Director file's scalars read: nulls, <c>${NAME}</c> expansion, YAML 1.1 booleans.</summary>
internal static class YamlScalars
{
    private const string EnvTag = "!ENV";

    private static readonly string[] NullWords = ["", "~", "null", "Null", "NULL"];

    private static readonly string[] TrueWords = ["true", "yes", "on"];

    private static readonly string[] FalseWords = ["false", "no", "off"];

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && !HasEnvTag(scalar)
        && NullWords.Contains(scalar.Value ?? "", StringComparer.Ordinal);

    /// <summary>
    /// The scalar's text after expansion: scalars tagged <c>!ENV</c> and plain scalars expand
    /// (pyaml_env's tag and implicit resolver); quoted ones without the tag and block scalars never do.
    /// </summary>
    public static string Text(YamlScalarNode scalar, Func<string, string?> lookup, Action<string> onUnset)
    {
        var value = scalar.Value ?? "";
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var expand = !block && (HasEnvTag(scalar) || scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
        return expand ? EnvSubstitution.Expand(value, lookup, onUnset) : value;
    }

    /// <summary>A YAML 1.1 boolean (as PyYAML reads it), or null when the text is not one.</summary>
    public static bool? Boolean(string text)
    {
        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase) ? false : null;
    }

    /// <summary>Director turns non-string values into strings with Python's <c>str()</c>: booleans become True/False.</summary>
    public static string AsDirectorString(YamlScalarNode scalar, string text) =>
        scalar.Style is ScalarStyle.Plain && !HasEnvTag(scalar) && Boolean(scalar.Value ?? "") is { } flag ? (flag ? "True" : "False") : text;

    private static bool HasEnvTag(YamlNode node) => !node.Tag.IsEmpty && node.Tag.Value == EnvTag;
}
