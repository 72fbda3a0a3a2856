namespace Overlord.Core.Names;

/// <summary>
/// The building blocks of every name grammar in the tree: a first character, then a body, with optional
/// separators that must each be followed by a letter. Each runs once over the name.
/// </summary>
internal static class NameGrammar
{
    public static bool IsLower(char c) => c is >= 'a' and <= 'z';

    public static bool IsLowerOrDigit(char c) => IsLower(c) || char.IsAsciiDigit(c);

    public static bool IsAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    public static bool IsAlnumOrUnderscore(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static bool IsAlnumUnderscoreOrDash(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary><c>first rest*</c> with a length between the bounds.</summary>
    public static bool FirstThenRest(string value, Func<char, bool> first, Func<char, bool> rest, int minimum = 1, int maximum = int.MaxValue)
    {
        if (value.Length < minimum || value.Length > maximum || !first(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (!rest(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>first middle* last</c>: at least two characters, at most <paramref name="maximum"/>.</summary>
    public static bool Framed(string value, Func<char, bool> edge, Func<char, bool> middle, int maximum)
    {
        if (value.Length < 2 || value.Length > maximum || !edge(value[0]) || !edge(value[^1]))
        {
            return false;
        }

        for (var i = 1; i < value.Length - 1; i++)
        {
            if (!middle(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>letter (body | separator letter)*</c>: starts with a letter; every separator is followed by a letter, so
    /// none is doubled, leading or trailing.
    /// </summary>
    public static bool Separated(string value, Func<char, bool> letter, Func<char, bool> body, string separators)
    {
        if (value.Length == 0 || !letter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < value.Length; i++)
        {
            if (body(value[i]))
            {
                continue;
            }

            if (!separators.Contains(value[i], StringComparison.Ordinal) || i + 1 >= value.Length || !letter(value[i + 1]))
            {
                return false;
            }

            i++;
        }

        return true;
    }
}
