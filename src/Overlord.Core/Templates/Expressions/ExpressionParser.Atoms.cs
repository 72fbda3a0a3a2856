using System.Text;

namespace Overlord.Core.Templates;

/// <summary>Names, literals, lists, dicts, parentheses, and what may follow them: <c>.name</c>, <c>[...]</c>, <c>(...)</c>.</summary>
internal sealed partial class ExpressionParser
{
    private Evaluator ParsePostfix()
    {
        var value = ParseAtom();
        while (true)
        {
            var token = Current;
            var mark = MarkOf(token);
            if (AtOperator("."))
            {
                Advance();
                var name = ExpectName("an attribute name after '.'");
                var target = value;
                value = scope => PyAccess.Attribute(target(scope), name, mark);
            }
            else if (AtOperator("["))
            {
                Advance();
                value = ParseSubscript(value, mark);
            }
            else if (AtOperator("("))
            {
                Advance();
                var function = value;
                var arguments = ParseItems(")", "an argument or ')'");
                value = scope => PyAccess.Call(function(scope), arguments.Select(argument => argument(scope)).ToList(), mark);
            }
            else
            {
                return value;
            }
        }
    }

    private Evaluator ParseSubscript(Evaluator target, Diagnostics.Mark mark)
    {
        var parts = new Evaluator?[3];
        var colons = 0;
        while (!AtOperator("]"))
        {
            if (AtOperator(":") && colons < 2)
            {
                Advance();
                colons++;
                continue;
            }

            if (parts[colons] is not null)
            {
                throw Unexpected("']' to close the subscript");
            }

            parts[colons] = ParseExpression();
        }

        Advance();
        var (start, stop, step) = (parts[0], parts[1], parts[2]);
        if (colons == 0)
        {
            var key = start ?? throw new TemplateException(mark, "an index is missing between '[' and ']'");
            return scope => PyAccess.Item(target(scope), key(scope), mark);
        }

        return scope => PyAccess.Slice(target(scope), start?.Invoke(scope), stop?.Invoke(scope), step?.Invoke(scope), mark);
    }

    private Evaluator ParseAtom()
    {
        var token = Current;
        var mark = MarkOf(token);
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                return _ => token.Value;
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Name when token.Text is "None" or "True" or "False":
                Advance();
                object? constant = token.Text == "None" ? null : token.Text == "True";
                return _ => constant;
            case TokenKind.Name when token.Text == "lambda":
                throw new TemplateException(mark, "lambda is not supported in templates");
            case TokenKind.Name when !IsReserved(token.Text):
                Advance();
                return scope => scope.Lookup(token.Text, mark);
            case TokenKind.Operator when token.Text == "(":
                Advance();
                return ParseParenthesis();
            case TokenKind.Operator when token.Text == "[":
                Advance();
                var items = ParseItems("]", "a list item or ']'");
                return scope => items.Select(item => item(scope)).ToList();
            case TokenKind.Operator when token.Text == "{":
                Advance();
                return ParseDict();
            default:
                throw Unexpected("a value (a name, a number, a string, a list or a dict)");
        }
    }

    /// <summary>Adjacent string literals are one string, as in Python.</summary>
    private Evaluator ParseStrings()
    {
        var text = new StringBuilder();
        while (Current.Kind == TokenKind.String)
        {
            text.Append((string)Advance().Value!);
        }

        var value = text.ToString();
        return _ => value;
    }

    private Evaluator ParseParenthesis()
    {
        if (AtOperator(")"))
        {
            Advance();
            return _ => new List<object?>();
        }

        var first = ParseExpression();
        if (AtOperator(")"))
        {
            Advance();
            return first;
        }

        // A tuple, kept as a list.
        Expect(",", "')' or ','");
        var rest = ParseItems(")", "a tuple item or ')'");
        return scope => rest.Select(item => item(scope)).Prepend(first(scope)).ToList();
    }

    private Evaluator ParseDict()
    {
        var entries = new List<(Evaluator Key, Evaluator Value, Diagnostics.Mark Mark)>();
        while (!AtOperator("}"))
        {
            var mark = MarkOf(Current);
            var key = ParseExpression();
            Expect(":", "':' between a dict key and its value (set literals are not supported)");
            entries.Add((key, ParseExpression(), mark));
            if (!AtOperator("}"))
            {
                Expect(",", "',' or '}' in the dict");
            }
        }

        Advance();
        return scope =>
        {
            var dict = new OrderedDictionary<object, object?>();
            foreach (var (key, value, mark) in entries)
            {
                dict[PyOperators.DictKey(key(scope), mark)] = value(scope);
            }

            return dict;
        };
    }

    /// <summary>Comma-separated expressions up to <paramref name="close"/> (a trailing comma is allowed), which is consumed.</summary>
    private List<Evaluator> ParseItems(string close, string what)
    {
        var items = new List<Evaluator>();
        while (!AtOperator(close))
        {
            if (AtKeyword("for"))
            {
                throw new TemplateException(MarkOf(Current), "comprehensions are not supported in templates");
            }

            if (AtOperator("*") || AtOperator("="))
            {
                throw new TemplateException(MarkOf(Current), "keyword and star arguments are not supported in templates");
            }

            items.Add(ParseExpression());
            if (AtOperator("="))
            {
                throw new TemplateException(MarkOf(Current), "keyword arguments are not supported in templates");
            }

            if (!AtOperator(close))
            {
                if (AtKeyword("for"))
                {
                    throw new TemplateException(MarkOf(Current), "comprehensions are not supported in templates");
                }

                Expect(",", what);
            }
        }

        Advance();
        return items;
    }
}
