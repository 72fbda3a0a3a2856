namespace Overlord.Core.Yaml;

/// <summary>
/// Recognizes the plain scalars of the YAML 1.1 resolver (PyYAML's SafeLoader) by hand, in one pass each: every
/// YAML file goes through these, and the regular expressions they replace cost a CLI command most of its start
/// (building a non-backtracking automaton on first use). The grammar each method follows is in its comment.
/// </summary>
internal static class ScalarSyntax
{
    /// <summary><c>yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF</c></summary>
    public static bool IsBoolean(string value) => value is
        "yes" or "Yes" or "YES" or "no" or "No" or "NO" or
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or
        "on" or "On" or "ON" or "off" or "Off" or "OFF";

    /// <summary>
    /// <c>[-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+</c>
    /// </summary>
    public static bool IsInteger(string value)
    {
        var body = WithoutSign(value);
        if (body.Length == 0)
        {
            return false;
        }

        if (body.StartsWith("0b", StringComparison.Ordinal))
        {
            return body.Length > 2 && AllOf(body[2..], static c => c is '0' or '1' or '_');
        }

        if (body.StartsWith("0x", StringComparison.Ordinal))
        {
            return body.Length > 2 && AllOf(body[2..], static c => char.IsAsciiHexDigit(c) || c == '_');
        }

        if (body[0] == '0')
        {
            return AllOf(body[1..], static c => c is (>= '0' and <= '7') or '_');
        }

        if (body[0] is < '1' or > '9')
        {
            return false;
        }

        var end = DigitsEnd(body, 1);
        return end == body.Length || (body[end] == ':' && SexagesimalEnd(body, end) == body.Length);
    }

    /// <summary>
    /// <c>[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)? | \.[0-9][0-9_]*([eE][-+][0-9]+)? |
    /// [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)</c>
    /// </summary>
    public static bool IsFloat(string value)
    {
        if (value is ".nan" or ".NaN" or ".NAN")
        {
            return true;
        }

        var body = WithoutSign(value);
        if (body is ".inf" or ".Inf" or ".INF")
        {
            return true;
        }

        if (body.Length < 2)
        {
            return false;
        }

        if (body[0] == '.')
        {
            // Only this form takes no sign.
            return body.Length == value.Length && char.IsAsciiDigit(body[1]) && IsFractionTail(body, 2);
        }

        if (!char.IsAsciiDigit(body[0]))
        {
            return false;
        }

        var end = DigitsEnd(body, 1);
        if (end == body.Length)
        {
            return false;
        }

        if (body[end] == '.')
        {
            return IsFractionTail(body, end + 1);
        }

        if (body[end] != ':')
        {
            return false;
        }

        end = SexagesimalEnd(body, end);
        return end >= 0 && end < body.Length && body[end] == '.' && AllOf(body[(end + 1)..], static c => char.IsAsciiDigit(c) || c == '_');
    }

    private static string WithoutSign(string value) => value.Length > 0 && value[0] is '-' or '+' ? value[1..] : value;

    private static bool AllOf(string text, Func<char, bool> allowed)
    {
        foreach (var c in text)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where <c>[0-9_]*</c> from <paramref name="start"/> ends.</summary>
    private static int DigitsEnd(string text, int start)
    {
        var index = start;
        while (index < text.Length && (char.IsAsciiDigit(text[index]) || text[index] == '_'))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// Where <c>(:[0-5]?[0-9])+</c> from <paramref name="start"/> (a colon) ends, or -1 when it does not match.
    /// Taking two digits whenever they fit is safe: what may follow a group is a colon, a dot or the end, never a digit.
    /// </summary>
    private static int SexagesimalEnd(string text, int start)
    {
        var index = start;
        while (index < text.Length && text[index] == ':')
        {
            index++;
            if (index + 1 < text.Length && text[index] is >= '0' and <= '5' && char.IsAsciiDigit(text[index + 1]))
            {
                index += 2;
            }
            else if (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
            }
            else
            {
                return -1;
            }
        }

        return index;
    }

    /// <summary><c>[0-9_]*([eE][-+][0-9]+)?</c> from <paramref name="start"/> to the end.</summary>
    private static bool IsFractionTail(string text, int start)
    {
        var index = DigitsEnd(text, start);
        if (index == text.Length)
        {
            return true;
        }

        if (text[index] is not ('e' or 'E') || index + 2 >= text.Length || text[index + 1] is not ('-' or '+'))
        {
            return false;
        }

        return AllOf(text[(index + 2)..], char.IsAsciiDigit);
    }
}
