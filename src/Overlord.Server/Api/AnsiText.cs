using System.Text.RegularExpressions;

namespace Overlord.Server.Api;

/// <summary>The original's <c>sansi</c>: strips ANSI escape sequences line by line and joins the lines with <c>\n</c>.</summary>
internal static partial class AnsiText
{
    public static string Strip(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = LineBreak().Split(content).ToList();

        // Python's splitlines() yields no empty last line for text that ends with a line break.
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return string.Join('\n', lines.Select(line => Escape().Replace(line, "")));
    }

    [GeneratedRegex(@"(\x9B|\x1B\[)[0-?]*[ -\/]*[@-~]")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\r\n|\n|\r")]
    private static partial Regex LineBreak();
}
