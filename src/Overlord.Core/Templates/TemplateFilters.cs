using System.Text;

namespace Overlord.Core.Templates;

/// <summary>
/// Mako's expression filters (<c>${x | h, trim}</c>), applied left to right after the default <c>str()</c>:
/// <c>h</c> and <c>x</c> escape for HTML/XML (as markupsafe), <c>u</c> URL-encodes (as <c>quote_plus</c>),
/// <c>trim</c> strips whitespace, <c>str</c> does nothing more, and <c>n</c> turns the default filters off, which
/// changes nothing here because templates have no escaping by default.
/// </summary>
internal static class TemplateFilters
{
    public const string NoDefaults = "n";

    public static readonly IReadOnlyList<string> Names = ["h", "x", "u", "trim", "str", NoDefaults];

    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    public static string Apply(string name, string text) => name switch
    {
        "h" or "x" => Escape(text),
        "u" => UrlEncode(text),
        "trim" => text.Trim(),
        _ => text,
    };

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&#34;",
                '\'' => "&#39;",
                _ => null,
            } ?? new string(c, 1));
        }

        return builder.ToString();
    }

    private static string UrlEncode(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                builder.Append(c);
            }
            else if (c == ' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
