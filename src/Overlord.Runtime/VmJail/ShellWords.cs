using System.Text;

namespace Overlord.Runtime.VmJail;

/// <summary>Python's <c>shlex.quote</c> and <c>shlex.split</c>, which the original used for the VM's files and flags.</summary>
internal static class ShellWords
{
    /// <summary>A word the shell reads back as <paramref name="text"/>: unchanged when it holds only safe characters.</summary>
    public static string Quote(string text)
    {
        if (text.Length == 0)
        {
            return "''";
        }

        return text.All(IsSafe) ? text : "'" + text.Replace("'", "'\"'\"'", StringComparison.Ordinal) + "'";
    }

    /// <summary>Splits as a POSIX shell does (quotes, backslashes), or returns null when a quote is not closed.</summary>
    public static IReadOnlyList<string>? Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\'')
            {
                if (c == '\'')
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (quote == '"')
            {
                if (c == '"')
                {
                    quote = null;
                }
                else if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    word.Append(text[++i]);
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                inWord = true;
                if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == '\\')
                {
                    if (++i >= text.Length)
                    {
                        return null;
                    }

                    word.Append(text[i]);
                }
                else
                {
                    word.Append(c);
                }
            }
        }

        if (quote is not null)
        {
            return null;
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '@' or '%' or '+' or '=' or ':' or ',' or '.' or '/' or '-';
}
