using System.Globalization;
using System.Text;

namespace Overlord.Core.Templates;

/// <summary>String literals: single, double or triple quotes, an optional <c>r</c>, <c>u</c> or <c>b</c> prefix, and Python's escapes.</summary>
internal sealed partial class ExpressionTokenizer
{
    private Token String(int begin, int quoteAt, bool raw)
    {
        var quote = source.At(quoteAt);
        var triple = source.StartsWith(quoteAt, new string(quote, 3));
        var closing = new string(quote, triple ? 3 : 1);
        _position = quoteAt + closing.Length;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= end || (!triple && source.At(_position) == '\n'))
            {
                throw new TemplateException(source.MarkAt(begin), "this string is never closed");
            }

            if (source.StartsWith(_position, closing))
            {
                _position += closing.Length;
                return new Token(TokenKind.String, source.Text[begin.._position], begin, _position, value.ToString());
            }

            var c = source.At(_position);
            if (c != '\\')
            {
                value.Append(c);
                _position++;
            }
            else if (raw)
            {
                value.Append(c).Append(source.At(_position + 1));
                _position += 2;
            }
            else
            {
                Escape(value);
            }
        }
    }

    /// <summary>One backslash escape; an unknown one keeps its backslash, as Python does.</summary>
    private void Escape(StringBuilder value)
    {
        var escaped = source.At(_position + 1);
        if (source.AfterLineBreak(_position + 1) is > 0 and var next)
        {
            _position = next;
            return;
        }

        _position += 2;
        switch (escaped)
        {
            case 'n': value.Append('\n'); break;
            case 't': value.Append('\t'); break;
            case 'r': value.Append('\r'); break;
            case '0': value.Append('\0'); break;
            case '\\' or '\'' or '"': value.Append(escaped); break;
            case 'x': value.Append(Hex(2)); break;
            case 'u': value.Append(Hex(4)); break;
            default: value.Append('\\').Append(escaped); break;
        }
    }

    private char Hex(int digits)
    {
        var text = _position + digits <= end ? source.Text.Substring(_position, digits) : "";
        if (!int.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw new TemplateException(source.MarkAt(_position - 2), $"a \\{(digits == 2 ? 'x' : 'u')} escape needs {digits} hex digits");
        }

        _position += digits;
        return (char)code;
    }
}
