using System.Text;

namespace Overlord.Agent.Convergence;

/// <summary>
/// Expands <c>${NAME}</c>, <c>${NAME:default}</c> (as pyaml_env does for Director) and <c>$NAME</c> from a project's
/// environment. OVERLORD_METADATA is left as written, so a metadata path is still recognised after expansion, and so
/// is any unset name without a default: a value that cannot be known then reads as unknown, not as something else.
/// One pass, by hand: each position is looked at a bounded number of times.
/// </summary>
internal static class EnvironmentExpansion
{
    public static string Expand(string text, IReadOnlyDictionary<string, string> environment)
    {
        if (!text.Contains('$', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);

        // The next '}', '{' and ':' at or after a position: each is searched for again only once passed, so a
        // text of many unclosed or malformed references is still read in one pass.
        int closeAt = -1, openAt = -1, colonAt = -1;
        var index = 0;
        while (index < text.Length)
        {
            var dollar = text.IndexOf('$', index);
            if (dollar < 0 || dollar + 1 == text.Length)
            {
                break;
            }

            builder.Append(text, index, dollar - index);
            if (text[dollar + 1] == '{')
            {
                var nameStart = dollar + 2;
                var close = Next(text, '}', nameStart, ref closeAt);
                if (close == text.Length)
                {
                    index = dollar;
                    break; // No closing brace anywhere after: the rest is literal.
                }

                var colon = Next(text, ':', nameStart, ref colonAt);
                var nameEnd = Math.Min(close, colon);
                if (nameEnd == nameStart || Next(text, '{', nameStart, ref openAt) < nameEnd)
                {
                    builder.Append('$'); // Not a reference: pyaml_env's name has no '{', '}' or ':'.
                    index = dollar + 1;
                    continue;
                }

                var name = text[nameStart..nameEnd];
                var value = name == MetadataPaths.Variable ? null
                    : Lookup(name, environment) ?? (colon < close ? text[(colon + 1)..close] : null);
                builder.Append(value ?? text.AsSpan(dollar, close - dollar + 1));
                index = close + 1;
            }
            else
            {
                var end = dollar + 1;
                while (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_' || (end > dollar + 1 && char.IsAsciiDigit(text[end]))))
                {
                    end++;
                }

                var value = end > dollar + 1 ? Lookup(text[(dollar + 1)..end], environment) : null;
                builder.Append(value ?? text.AsSpan(dollar, end - dollar));
                index = end;
            }
        }

        builder.Append(text, index, text.Length - index);
        return builder.ToString();
    }

    /// <summary>The first <paramref name="c"/> at or after <paramref name="from"/>, or the text's length; <paramref name="found"/> caches it.</summary>
    private static int Next(string text, char c, int from, ref int found)
    {
        if (found < from && found != text.Length)
        {
            var at = text.IndexOf(c, from);
            found = at < 0 ? text.Length : at;
        }

        return found;
    }

    private static string? Lookup(string name, IReadOnlyDictionary<string, string> environment) =>
        name != MetadataPaths.Variable && environment.TryGetValue(name, out var value) ? value : null;
}
