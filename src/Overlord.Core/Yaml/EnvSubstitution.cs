using System.Text;
using System.Text.RegularExpressions;

namespace Overlord.Core.Yaml;

/// <summary>
/// <c>${NAME}</c> and <c>${NAME:default}</c> substitution with the rules of pyaml_env as the
/// original Overlord uses it: the name is any text without <c>{</c>, <c>}</c> or <c>:</c>; the
/// default runs to the closing brace; an unset variable without a default becomes the empty
/// string (and is reported, so the caller can warn). A variable set to the empty string stays empty.
/// </summary>
public static partial class EnvSubstitution
{
    [GeneratedRegex(@"\$\{([^}{:]+)(?::([^}]*))?\}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Reference();

    /// <summary>True when the text holds at least one <c>${...}</c> reference.</summary>
    public static bool HasReference(string text) => text.Contains("${", StringComparison.Ordinal) && Reference().IsMatch(text);

    /// <summary>Replaces every reference in <paramref name="text"/>.</summary>
    /// <param name="text">The scalar's text.</param>
    /// <param name="lookup">Returns a variable's value, or null when it is not set.</param>
    /// <param name="onUnset">Called with the name of each unset variable that has no default.</param>
    public static string Expand(string text, Func<string, string?> lookup, Action<string>? onUnset = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lookup);
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in Reference().Matches(text))
        {
            builder.Append(text, last, match.Index - last);
            var name = match.Groups[1].Value;
            var value = lookup(name);
            if (value is null)
            {
                if (match.Groups[2].Success)
                {
                    value = match.Groups[2].Value;
                }
                else
                {
                    value = "";
                    onUnset?.Invoke(name);
                }
            }

            builder.Append(value);
            last = match.Index + match.Length;
        }

        builder.Append(text, last, text.Length - last);
        return builder.ToString();
    }
}
