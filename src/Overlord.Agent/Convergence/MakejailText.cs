using System.Text;

namespace Overlord.Agent.Convergence;

/// <summary>
/// Reads a Makejail's instructions as the runtime's MakejailReader does: blank lines and lines starting with
/// <c>#</c> are skipped, a trailing backslash joins the next line, and the first word is the keyword (upper-cased:
/// AppJail does not care about its case). Arguments are split into words, quotes around a word removed.
/// </summary>
internal static class MakejailText
{
    public static IEnumerable<(string Keyword, string Arguments)> Instructions(string text)
    {
        var pending = new StringBuilder();
        var continuing = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (!continuing)
            {
                var trimmed = line.AsSpan().Trim();
                if (trimmed.IsEmpty || trimmed[0] == '#')
                {
                    continue;
                }
            }

            var end = line.AsSpan().TrimEnd();
            continuing = end.EndsWith("\\", StringComparison.Ordinal);
            if (continuing)
            {
                pending.Append(end[..^1]);
                continue;
            }

            pending.Append(line);
            yield return Split(pending.ToString());
            pending.Clear();
        }

        if (continuing)
        {
            yield return Split(pending.ToString());
        }
    }

    /// <summary>The arguments' words: whitespace separates them, except inside quotes, which are removed.</summary>
    public static List<string> Words(string arguments)
    {
        var words = new List<string>();
        var index = 0;
        while (index < arguments.Length)
        {
            if (char.IsWhiteSpace(arguments[index]))
            {
                index++;
                continue;
            }

            var quote = arguments[index];
            var close = quote is '"' or '\'' ? arguments.IndexOf(quote, index + 1) : -1;
            if (close > index)
            {
                words.Add(arguments[(index + 1)..close]);
                index = close + 1;
                continue;
            }

            var end = index;
            while (end < arguments.Length && !char.IsWhiteSpace(arguments[end]))
            {
                end++;
            }

            words.Add(MakejailValue.Unquote(arguments[index..end]));
            index = end;
        }

        return words;
    }

    /// <summary>The first word that is not an option (<c>--verbose</c>); a <c>--</c> ends the options.</summary>
    public static string? FirstOperand(IReadOnlyList<string> words)
    {
        for (var index = 0; index < words.Count; index++)
        {
            if (words[index] == "--")
            {
                return index + 1 < words.Count ? words[index + 1] : null;
            }

            if (!words[index].StartsWith('-'))
            {
                return words[index];
            }
        }

        return null;
    }

    private static (string Keyword, string Arguments) Split(string instruction)
    {
        var trimmed = instruction.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0
            ? (trimmed.ToUpperInvariant(), "")
            : (trimmed[..space].ToUpperInvariant(), trimmed[(space + 1)..].Trim());
    }
}
