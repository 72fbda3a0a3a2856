using System.Globalization;

namespace Overlord.Core.Templates;

/// <summary>
/// Splits Python expression text into tokens, from an offset of the template up to a limit (the end of a control
/// line, or of the template for <c>${...}</c>). Spaces, line breaks and backslash continuations separate tokens.
/// </summary>
internal sealed partial class ExpressionTokenizer(SourceText source, int start, int end)
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "//", "(", ")", "[", "]", "{", "}", ",", ":", ".", "|", "+", "-", "*", "/", "%", "<", ">", "="];

    private int _position = start;

    public Token Next()
    {
        SkipSpace();
        if (_position >= end)
        {
            return new Token(TokenKind.End, "", _position, _position);
        }

        var begin = _position;
        var c = source.At(_position);
        if (char.IsLetter(c) || c == '_')
        {
            return NameOrPrefixedString(begin);
        }

        if (char.IsAsciiDigit(c))
        {
            return Number(begin);
        }

        if (c is '\'' or '"')
        {
            return String(begin, begin, raw: false);
        }

        foreach (var op in Operators)
        {
            if (_position + op.Length <= end && source.StartsWith(_position, op))
            {
                _position += op.Length;
                return new Token(TokenKind.Operator, op, begin, _position);
            }
        }

        throw new TemplateException(source.MarkAt(begin), $"unexpected character '{c}' in an expression");
    }

    private void SkipSpace()
    {
        while (_position < end)
        {
            var c = source.At(_position);
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                _position++;
            }
            else if (c == '\\' && source.AfterLineBreak(_position + 1) is > 0 and var next)
            {
                _position = next;
            }
            else
            {
                return;
            }
        }
    }

    private Token NameOrPrefixedString(int begin)
    {
        while (_position < end && (char.IsLetterOrDigit(source.At(_position)) || source.At(_position) == '_'))
        {
            _position++;
        }

        var name = source.Text[begin.._position];
        if (source.At(_position) is '\'' or '"' && name.Length <= 2)
        {
            var prefix = name.ToLowerInvariant();
            if (prefix.Contains('f', StringComparison.Ordinal))
            {
                throw new TemplateException(source.MarkAt(begin), "f-strings are not supported; join text with + and str()");
            }

            if (prefix is "r" or "u" or "b" or "br" or "rb")
            {
                return String(begin, _position, raw: prefix.Contains('r', StringComparison.Ordinal));
            }
        }

        return new Token(TokenKind.Name, name, begin, _position);
    }

    private Token Number(int begin)
    {
        while (_position < end && (char.IsAsciiDigit(source.At(_position)) || source.At(_position) == '_'))
        {
            _position++;
        }

        if (source.At(_position) is '.' or 'e' or 'E' or 'j' or 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            throw new TemplateException(source.MarkAt(begin), "only decimal int literals are supported");
        }

        var text = source.Text[begin.._position];
        if (text.EndsWith('_') || text.Contains("__", StringComparison.Ordinal) || (text.Length > 1 && text[0] == '0' && text.Any(c => c is not ('0' or '_')))
            || !long.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw new TemplateException(source.MarkAt(begin), $"'{text}' is not a valid int literal");
        }

        return new Token(TokenKind.Number, text, begin, _position, value);
    }
}
