using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// Compiles the Python expressions Mako templates use, with Python's precedence: <c>x if c else y</c>, <c>or</c>,
/// <c>and</c>, <c>not</c>, comparisons (<c>== != &lt; &lt;= &gt; &gt;= in, not in, is, is not</c>, chained),
/// <c>+ -</c>, <c>* // %</c>, unary <c>-</c>, then attribute access, indexing, slicing and calls. Anything else
/// (lambda, comprehensions, keyword arguments) is a syntax error that says so.
/// </summary>
internal sealed partial class ExpressionParser
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "is", "if", "else", "elif", "for", "lambda", "yield", "await", "import", "from", "del", "pass", "def", "class", "return",
    };

    private readonly SourceText _source;
    private readonly ExpressionTokenizer _tokens;

    public ExpressionParser(SourceText source, int start, int end)
    {
        _source = source;
        _tokens = new ExpressionTokenizer(source, start, end);
        Current = _tokens.Next();
    }

    public Token Current { get; private set; }

    public Evaluator ParseExpression()
    {
        var start = Current;
        var condition = ParseOr();
        if (!AtKeyword("if"))
        {
            return condition;
        }

        // Python's conditional: the value first, then the condition.
        Advance();
        var test = ParseOr();
        if (!AtKeyword("else"))
        {
            throw Unexpected("'else' to finish the conditional expression that starts at " + MarkText(start));
        }

        Advance();
        var otherwise = ParseExpression();
        var value = condition;
        return scope => PyValues.IsTrue(test(scope)) ? value(scope) : otherwise(scope);
    }

    public bool AtOperator(string op) => Current.Is(TokenKind.Operator, op);

    public bool AtKeyword(string keyword) => Current.Is(TokenKind.Name, keyword);

    public Token Advance()
    {
        var token = Current;
        Current = _tokens.Next();
        return token;
    }

    public Token Expect(string op, string what)
    {
        return AtOperator(op) ? Advance() : throw Unexpected(what);
    }

    /// <summary>The closing token of an expression embedded in text (the <c>}</c> of <c>${...}</c>), without reading past it.</summary>
    public Token ExpectClosing(string op, string what)
    {
        return AtOperator(op) ? Current : throw Unexpected(what);
    }

    /// <summary>A plain name (not a keyword), such as a loop variable or a filter.</summary>
    public string ExpectName(string what)
    {
        return Current.Kind == TokenKind.Name && !IsReserved(Current.Text) ? Advance().Text : throw Unexpected(what);
    }

    public void ExpectEnd(string what)
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Unexpected(what);
        }
    }

    public Mark MarkOf(Token token) => _source.MarkAt(token.Offset);

    public TemplateException Unexpected(string expected) =>
        new(MarkOf(Current), $"expected {expected}, found {Current.Describe()}");

    private static bool IsReserved(string name) => Keywords.Contains(name) || name is "None" or "True" or "False";

    private string MarkText(Token token)
    {
        var mark = MarkOf(token);
        return $"{mark.Line}:{mark.Column}";
    }

    private Evaluator ParseOr()
    {
        var left = ParseAnd();
        while (AtKeyword("or"))
        {
            Advance();
            var (first, second) = (left, ParseAnd());
            left = scope => first(scope) is var value && PyValues.IsTrue(value) ? value : second(scope);
        }

        return left;
    }

    private Evaluator ParseAnd()
    {
        var left = ParseNot();
        while (AtKeyword("and"))
        {
            Advance();
            var (first, second) = (left, ParseNot());
            left = scope => first(scope) is var value && !PyValues.IsTrue(value) ? value : second(scope);
        }

        return left;
    }

    private Evaluator ParseNot()
    {
        if (!AtKeyword("not"))
        {
            return ParseComparison();
        }

        Advance();
        var operand = ParseNot();
        return scope => !PyValues.IsTrue(operand(scope));
    }
}
