using System.Text;

namespace Overlord.Core.Yaml;

/// <summary>
/// <c>${NAME}</c> and <c>${NAME:default}</c> substitution with the rules of pyaml_env as the original Overlord
/// uses it: the name is any text without <c>{</c>, <c>}</c> or <c>:</c>; the default is at least one character
/// and runs to the closing brace, so <c>${NAME:}</c> is no reference and stays as written. An unset variable
/// without a default becomes the empty string (and is reported, so the caller can warn). A variable set to the
/// empty string stays empty. A hand-written scan: linear in the text, however many <c>${</c> it holds.
/// </summary>
public static class EnvSubstitution
{
    /// <summary>True when the text holds at least one <c>${...}</c> reference.</summary>
    public static bool HasReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Next(text, 0, out _);
    }

    /// <summary>Replaces every reference in <paramref name="text"/>, in one pass (a value is never substituted again).</summary>
    /// <param name="text">The scalar's text.</param>
    /// <param name="lookup">Returns a variable's value, or null when it is not set.</param>
    /// <param name="onUnset">Called with the name of each unset variable that has no default.</param>
    public static string Expand(string text, Func<string, string?> lookup, Action<string>? onUnset = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lookup);
        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (Next(text, copied, out var reference))
        {
            builder.Append(text, copied, reference.Start - copied);
            var value = lookup(reference.Name) ?? reference.Default;
            if (value is null)
            {
                value = "";
                onUnset?.Invoke(reference.Name);
            }

            builder.Append(value);
            copied = reference.End;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    /// <summary>The first reference at or after <paramref name="from"/>, as pyaml_env's
    /// <c>\$\{([^}{:]+)(:[^}]+)?\}</c> finds it.</summary>
    private static bool Next(string text, int from, out Reference reference)
    {
        reference = default;
        var start = text.IndexOf("${", from, StringComparison.Ordinal);
        while (start >= 0)
        {
            var nameStart = start + 2;
            var nameEnd = text.IndexOfAny(['}', '{', ':'], nameStart);
            if (nameEnd < 0)
            {
                return false;
            }

            // A failed "${" fails the same way for every start before the character that stopped its name,
            // so the search goes on from there (one character earlier for '{', which may open a "${").
            var resume = nameEnd;
            if (nameEnd > nameStart && text[nameEnd] == '}')
            {
                reference = new Reference(start, nameEnd + 1, text[nameStart..nameEnd], null);
                return true;
            }

            if (nameEnd > nameStart && text[nameEnd] == ':')
            {
                var close = text.IndexOf('}', nameEnd + 1);
                if (close < 0)
                {
                    return false;
                }

                if (close > nameEnd + 1)
                {
                    reference = new Reference(start, close + 1, text[nameStart..nameEnd], text[(nameEnd + 1)..close]);
                    return true;
                }
            }
            else if (text[nameEnd] == '{')
            {
                resume = Math.Max(start + 1, nameEnd - 1);
            }

            start = text.IndexOf("${", resume, StringComparison.Ordinal);
        }

        return false;
    }

    private readonly record struct Reference(int Start, int End, string Name, string? Default);
}
