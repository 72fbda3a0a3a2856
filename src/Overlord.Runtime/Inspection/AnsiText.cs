using System.Text;
using System.Text.RegularExpressions;

namespace Overlord.Runtime.Inspection;

/// <summary>
/// Removes terminal colour and cursor sequences from log text, as the original's <c>sansi</c> did before serving a
/// log: the text is cut into lines the way Python's <c>str.splitlines</c> cuts it, each line loses its CSI sequences,
/// and the lines are joined with <c>\n</c> (so <c>\r\n</c> becomes <c>\n</c> and a final line break is dropped).
/// </summary>
public static partial class AnsiText
{
    public static string Strip(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ControlSequence().Replace(NormalizeLineBreaks(content), "");
    }

    /// <summary>Every line boundary of <c>str.splitlines</c> becomes one <c>\n</c>; a boundary at the very end goes.</summary>
    private static string NormalizeLineBreaks(string content)
    {
        var text = new StringBuilder(content.Length);
        var endsWithBreak = false;
        for (var index = 0; index < content.Length; index++)
        {
            var character = content[index];
            endsWithBreak = IsLineBoundary(character);
            if (!endsWithBreak)
            {
                text.Append(character);
                continue;
            }

            if (character == '\r' && index + 1 < content.Length && content[index + 1] == '\n')
            {
                index++;
            }

            text.Append('\n');
        }

        if (endsWithBreak)
        {
            text.Length--;
        }

        return text.ToString();
    }

    private static bool IsLineBoundary(char character) =>
        character is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    // The original's pattern: a CSI introducer (8-bit or ESC [), parameter bytes, intermediate bytes, a final byte.
    // No line boundary falls in these ranges, so matching the whole text equals matching line by line.
    [GeneratedRegex(@"(\x9B|\x1B\[)[0-?]*[ -/]*[@-~]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ControlSequence();
}
