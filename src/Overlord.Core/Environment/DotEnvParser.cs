using System.Text;

namespace Overlord.Core.Environment;

/// <summary>
/// Reads env files as python-dotenv's parser.py does, since operators' files were written for it (issue 10). Each
/// of its regular expressions is a scanning step here, in the same order, so that a statement python-dotenv cannot
/// parse is skipped to the end of its line here too; one pass over the text, no backtracking.
/// </summary>
internal sealed class DotEnvParser
{
    private readonly string _text;
    private int _position;
    private int _linePosition;
    private int _line = 1;

    private DotEnvParser(string text)
    {
        _text = text;
    }

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    /// <summary>The statements in file order, and the lines of those python-dotenv would skip with a warning.</summary>
    public static (IReadOnlyList<DotEnvBinding> Bindings, IReadOnlyList<int> InvalidLines) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new DotEnvParser(text.StartsWith('\uFEFF') ? text[1..] : text);
        var bindings = new List<DotEnvBinding>();
        var invalid = new List<int>();
        while (!parser.AtEnd)
        {
            parser.SkipWhile(IsSpace);
            if (parser.AtEnd)
            {
                break;
            }

            var line = parser.LineAt(parser._position);
            if (parser.TryParseStatement(out var key, out var value))
            {
                if (key is not null)
                {
                    bindings.Add(new DotEnvBinding(key, value, line));
                }
            }
            else
            {
                invalid.Add(line);
                parser.SkipRestOfLine();
            }
        }

        return (bindings, invalid);
    }

    /// <summary>Python's <c>str.isspace</c> (and <c>\s</c>): .NET's white space plus the separators U+001C..U+001F.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    private static bool IsLineSpace(char c) => c is not ('\r' or '\n') && IsSpace(c);

    private bool TryParseStatement(out string? key, out string? value)
    {
        value = null;
        SkipExport();
        if (!TryParseKey(out key))
        {
            return false;
        }

        SkipWhile(IsLineSpace);
        if (!AtEnd && Current == '=')
        {
            _position++;
            SkipWhile(IsLineSpace);
            if (!TryParseValue(out value))
            {
                return false;
            }
        }

        SkipComment();
        return TrySkipEndOfLine();
    }

    private void SkipExport()
    {
        const string Export = "export";
        var after = _position + Export.Length;
        if (string.CompareOrdinal(_text, _position, Export, 0, Export.Length) == 0 && after < _text.Length && IsLineSpace(_text[after]))
        {
            _position = after;
            SkipWhile(IsLineSpace);
        }
    }

    private bool TryParseKey(out string? key)
    {
        key = null;
        if (AtEnd)
        {
            return false;
        }

        if (Current == '#')
        {
            // A comment line: no key, and the comment step below takes the rest of the line.
            return true;
        }

        if (Current == '\'')
        {
            var close = _text.IndexOf('\'', _position + 1);
            if (close <= _position + 1)
            {
                return false;
            }

            key = _text[(_position + 1)..close];
            _position = close + 1;
            return true;
        }

        var start = _position;
        SkipWhile(c => c is not ('=' or '#') && !IsSpace(c));
        key = _text[start.._position];
        return _position > start;
    }

    private bool TryParseValue(out string? value)
    {
        value = "";
        if (AtEnd || Current is '\r' or '\n')
        {
            return true;
        }

        if (Current is '\'' or '"')
        {
            var quote = Current;
            if (!TryReadQuoted(quote, out var content))
            {
                return false;
            }

            value = Unescape(content, quote);
            return true;
        }

        var start = _position;
        SkipWhile(c => c is not ('\r' or '\n'));
        value = TrimUnquoted(_text[start.._position]);
        return true;
    }

    /// <summary>
    /// python-dotenv's <c>'((?:\\'|[^'])*)'</c> (and its double-quoted twin): the value may span lines and ends at
    /// the first quote not written as <c>\'</c>. When no such quote follows, the regular expression backtracks to
    /// end at the quote of the last <c>\'</c>, leaving a trailing backslash; that is kept, odd as it is.
    /// </summary>
    private bool TryReadQuoted(char quote, out string content)
    {
        var start = _position + 1;
        var lastEscapedQuote = -1;
        var index = start;
        while (index < _text.Length)
        {
            var c = _text[index];
            if (c == '\\' && index + 1 < _text.Length && _text[index + 1] == quote)
            {
                lastEscapedQuote = index + 1;
                index += 2;
            }
            else if (c == quote)
            {
                break;
            }
            else
            {
                index++;
            }
        }

        if (index >= _text.Length)
        {
            if (lastEscapedQuote < 0)
            {
                content = "";
                return false;
            }

            index = lastEscapedQuote;
        }

        content = _text[start..index];
        _position = index + 1;
        return true;
    }

    /// <summary>Single quotes decode <c>\\</c> and <c>\'</c>; double quotes also <c>\"</c>, <c>\a</c>, <c>\b</c>,
    /// <c>\f</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> and <c>\v</c>. Any other backslash stays as written.</summary>
    private static string Unescape(string content, char quote)
    {
        if (!content.Contains('\\', StringComparison.Ordinal))
        {
            return content;
        }

        var builder = new StringBuilder(content.Length);
        for (var index = 0; index < content.Length; index++)
        {
            var c = content[index];
            char? decoded = c != '\\' || index + 1 == content.Length ? null : (quote, content[index + 1]) switch
            {
                (_, '\\') => '\\',
                (_, '\'') => '\'',
                ('"', '"') => '"',
                ('"', 'a') => '\a',
                ('"', 'b') => '\b',
                ('"', 'f') => '\f',
                ('"', 'n') => '\n',
                ('"', 'r') => '\r',
                ('"', 't') => '\t',
                ('"', 'v') => '\v',
                _ => null,
            };
            if (decoded is { } escape)
            {
                builder.Append(escape);
                index++;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An unquoted value loses a comment (white space then <c>#</c>) and its trailing white space;
    /// <c>a#b</c> keeps its <c>#</c>.</summary>
    private static string TrimUnquoted(string value)
    {
        for (var index = 1; index < value.Length; index++)
        {
            if (value[index] == '#' && IsSpace(value[index - 1]))
            {
                var cut = index - 1;
                while (cut > 0 && IsSpace(value[cut - 1]))
                {
                    cut--;
                }

                value = value[..cut];
                break;
            }
        }

        var end = value.Length;
        while (end > 0 && IsSpace(value[end - 1]))
        {
            end--;
        }

        return value[..end];
    }

    private void SkipComment()
    {
        var index = _position;
        while (index < _text.Length && IsLineSpace(_text[index]))
        {
            index++;
        }

        if (index < _text.Length && _text[index] == '#')
        {
            _position = index;
            SkipWhile(c => c is not ('\r' or '\n'));
        }
    }

    private bool TrySkipEndOfLine()
    {
        var index = _position;
        while (index < _text.Length && IsLineSpace(_text[index]))
        {
            index++;
        }

        if (index < _text.Length && _text[index] is not ('\r' or '\n'))
        {
            return false;
        }

        _position = index;
        SkipNewline();
        return true;
    }

    private void SkipRestOfLine()
    {
        SkipWhile(c => c is not ('\r' or '\n'));
        SkipNewline();
    }

    private void SkipNewline()
    {
        if (!AtEnd && Current == '\r')
        {
            _position++;
        }

        if (!AtEnd && Current == '\n')
        {
            _position++;
        }
    }

    private void SkipWhile(Func<char, bool> predicate)
    {
        while (!AtEnd && predicate(Current))
        {
            _position++;
        }
    }

    /// <summary>The line of <paramref name="position"/>; positions only move forward, so counting resumes where it stopped.</summary>
    private int LineAt(int position)
    {
        for (; _linePosition < position; _linePosition++)
        {
            var c = _text[_linePosition];
            if (c == '\n' || (c == '\r' && (_linePosition + 1 >= _text.Length || _text[_linePosition + 1] != '\n')))
            {
                _line++;
            }
        }

        return _line;
    }
}
