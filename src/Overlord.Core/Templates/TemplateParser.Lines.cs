
namespace Overlord.Core.Templates;

/// <summary>Lines that start (after spaces) with <c>%</c>, <c>%%</c> or <c>##</c>.</summary>
internal sealed partial class TemplateParser
{
    private const string ControlKeywords = "if, elif, else, endif, for and endfor";

    /// <summary>Handles a control line, comment line or <c>%%</c> at the current line start; false when the line is plain text.</summary>
    private bool LineConstruct()
    {
        var at = _position;
        while (_source.At(at) is ' ' or '\t')
        {
            at++;
        }

        if (_source.StartsWith(at, "##"))
        {
            _position = EndOfLine(at).Next;
            return true;
        }

        if (_source.At(at) != '%')
        {
            return false;
        }

        if (_source.At(at + 1) == '%')
        {
            // An escaped percent sign: the indentation and one '%' are text.
            for (; _position <= at; _position++)
            {
                AppendText(_source.At(_position));
            }

            _position = at + 2;
            return true;
        }

        var (end, next) = EndOfLine(at);
        FlushText();
        Control(at, end);
        _position = next;
        return true;
    }

    /// <summary>Where the line's content ends (before its line break) and where the next line starts; a backslash joins lines.</summary>
    private (int End, int Next) EndOfLine(int at)
    {
        while (at < _source.Length)
        {
            if (_source.At(at) == '\\' && _source.AfterLineBreak(at + 1) is > 0 and var joined)
            {
                at = joined;
            }
            else if (_source.AfterLineBreak(at) is > 0 and var next)
            {
                return (at, next);
            }
            else
            {
                at++;
            }
        }

        return (_source.Length, _source.Length);
    }

    private void Control(int percent, int end)
    {
        var mark = _source.MarkAt(percent);
        var parser = new ExpressionParser(_source, percent + 1, end);
        var keyword = parser.Current.Kind == TokenKind.Name ? parser.Advance().Text : "";
        switch (keyword)
        {
            case "if":
                _blocks.Push(ControlBlock.If(mark, Condition(parser, "if")));
                break;
            case "elif":
                OpenIf("elif", mark).AddBranch(Condition(parser, "elif"));
                break;
            case "else":
                var block = OpenIf("else", mark);
                EndOfControl(parser, "else", colon: true);
                block.AddBranch(null);
                break;
            case "for":
                _blocks.Push(For(parser, mark));
                break;
            case "endif" or "endfor":
                EndOfControl(parser, keyword, colon: false);
                Close(keyword[3..], keyword, mark);
                break;
            case "":
                throw new TemplateException(mark, $"a control line starts with a keyword: {ControlKeywords} (write %% for a literal %)");
            default:
                throw new TemplateException(mark, $"'% {keyword}' is not supported; control lines are {ControlKeywords}");
        }
    }

    private static Evaluator Condition(ExpressionParser parser, string keyword)
    {
        var condition = parser.ParseExpression();
        EndOfControl(parser, keyword, colon: true);
        return condition;
    }

    private static void EndOfControl(ExpressionParser parser, string keyword, bool colon)
    {
        if (colon)
        {
            parser.Expect(":", $"':' at the end of '% {keyword}'");
        }

        parser.ExpectEnd($"the end of the '% {keyword}' line");
    }

    private static ControlBlock For(ExpressionParser parser, Diagnostics.Mark mark)
    {
        var parenthesized = parser.AtOperator("(");
        if (parenthesized)
        {
            parser.Advance();
        }

        var targets = new List<string> { parser.ExpectName("a loop variable after 'for'") };
        while (parser.AtOperator(","))
        {
            parser.Advance();
            targets.Add(parser.ExpectName("a loop variable after ','"));
        }

        if (parenthesized)
        {
            parser.Expect(")", "')' after the loop variables");
        }

        if (!parser.AtKeyword("in"))
        {
            throw parser.Unexpected("'in' after the loop variables");
        }

        parser.Advance();
        return ControlBlock.For(mark, targets, Condition(parser, "for"));
    }

    /// <summary>The innermost block, which must be an <c>% if</c> still open to another branch.</summary>
    private ControlBlock OpenIf(string keyword, Diagnostics.Mark mark)
    {
        var block = _blocks.Peek();
        if (block.Keyword != "if")
        {
            var inside = block.Keyword == "for" ? $" ('% for' at line {block.Mark.Line} is still open)" : "";
            throw new TemplateException(mark, $"'% {keyword}' without a matching '% if'{inside}");
        }

        return block.HasElse ? throw new TemplateException(mark, $"'% {keyword}' after '% else' (the '% if' at line {block.Mark.Line})") : block;
    }

    private void Close(string keyword, string closing, Diagnostics.Mark mark)
    {
        var block = _blocks.Peek();
        if (block.Keyword != keyword)
        {
            var open = block.Keyword.Length == 0 ? "nothing is open" : $"'% {block.Keyword}' at line {block.Mark.Line} is open";
            throw new TemplateException(mark, $"'% {closing}' does not close anything here: {open}");
        }

        _blocks.Pop();
        Add(block.ToAction());
    }
}
