using System.Text;

namespace Overlord.Core.Templates;

/// <summary>
/// Compiles a Mako template (the subset in overlord-spec(5)): text with <c>${expression | filters}</c>, control lines
/// (<c>% if/elif/else/endif</c>, <c>% for/endfor</c>, <c>%%</c> for a literal <c>%</c>), <c>##</c> comment lines, a
/// backslash that joins a line to the next, and the tags <c>&lt;%doc&gt;</c>, <c>&lt;%text&gt;</c> and
/// <c>&lt;%include/&gt;</c>. The first problem stops it with the line and column where it is.
/// </summary>
internal sealed partial class TemplateParser
{
    private readonly SourceText _source;
    private readonly string _uri;
    private readonly Stack<ControlBlock> _blocks = new();
    private readonly StringBuilder _text = new();
    private int _textStart;
    private int _position;

    private TemplateParser(string text, string uri)
    {
        _source = new SourceText(text);
        _uri = uri;
        _blocks.Push(ControlBlock.Template());
    }

    /// <param name="text">The template.</param>
    /// <param name="name">How errors name it.</param>
    /// <param name="uri">Its lookup path, which its includes are relative to (empty for the top template).</param>
    public static CompiledTemplate Parse(string text, string name, string uri)
    {
        try
        {
            return new CompiledTemplate(name, uri, new TemplateParser(text, uri).Run());
        }
        catch (TemplateException e)
        {
            throw e.In(name);
        }
    }

    private bool AtLineStart => _position == 0 || _source.At(_position - 1) == '\n';

    private List<RenderAction> Run()
    {
        while (_position < _source.Length)
        {
            if (AtLineStart && LineConstruct())
            {
                continue;
            }

            var c = _source.At(_position);
            if (c == '$' && _source.At(_position + 1) == '{')
            {
                Output();
            }
            else if (_source.StartsWith(_position, "<%") || _source.StartsWith(_position, "</%"))
            {
                Tag();
            }
            else if (c == '\\' && _source.AfterLineBreak(_position + 1) is > 0 and var next)
            {
                _position = next;
            }
            else
            {
                AppendText(c);
                _position++;
            }
        }

        FlushText();
        if (_blocks.Count > 1)
        {
            var open = _blocks.Peek();
            throw new TemplateException(open.Mark, $"'% {open.Keyword}' is never closed; add '% end{open.Keyword}'");
        }

        return _blocks.Pop().Body;
    }

    private void AppendText(char c)
    {
        if (_text.Length == 0)
        {
            _textStart = _position;
        }

        _text.Append(c);
    }

    private void FlushText()
    {
        if (_text.Length == 0)
        {
            return;
        }

        var text = _text.ToString();
        var mark = _source.MarkAt(_textStart);
        _text.Clear();
        Add((state, _) => state.Write(text, mark));
    }

    private void Add(RenderAction action)
    {
        FlushText();
        _blocks.Peek().Body.Add(action);
    }

    /// <summary><c>${expression}</c> or <c>${expression | filter, filter}</c>.</summary>
    private void Output()
    {
        var mark = _source.MarkAt(_position);
        var parser = new ExpressionParser(_source, _position + 2, _source.Length);
        if (parser.AtOperator("}"))
        {
            throw new TemplateException(mark, "'${}' holds no expression");
        }

        var expression = parser.ParseExpression();
        var filters = new List<string>();
        if (parser.AtOperator("|"))
        {
            do
            {
                parser.Advance();
                var token = parser.Current;
                var filter = parser.ExpectName("a filter name after '|'");
                filters.Add(TemplateFilters.IsKnown(filter)
                    ? filter
                    : throw new TemplateException(parser.MarkOf(token), $"unknown filter '{filter}'; the filters are {string.Join(", ", TemplateFilters.Names)}"));
            }
            while (parser.AtOperator(","));
        }

        _position = parser.ExpectClosing("}", "'}' to close the '${' at " + $"{mark.Line}:{mark.Column}").End;
        Add((state, scope) =>
        {
            var text = PyValues.Str(expression(scope));
            foreach (var filter in filters)
            {
                text = TemplateFilters.Apply(filter, text);
            }

            state.Write(text, mark);
        });
    }
}
