namespace Overlord.Core.Templates;

/// <summary>Comparisons (chained as in Python) and arithmetic.</summary>
internal sealed partial class ExpressionParser
{
    private static readonly string[] ComparisonOperators = ["==", "!=", "<", "<=", ">", ">="];

    private Evaluator ParseComparison()
    {
        var first = ParseSum();
        var chain = new List<(string Op, Evaluator Right, Diagnostics.Mark Mark)>();
        while (ComparisonOperator() is { } op)
        {
            var mark = MarkOf(Current);
            chain.Add((SkipComparisonOperator(op), ParseSum(), mark));
        }

        if (chain.Count == 0)
        {
            return first;
        }

        return scope =>
        {
            var left = first(scope);
            foreach (var (op, right, mark) in chain)
            {
                var value = right(scope);
                if (!PyOperators.Compare(op, left, value, mark))
                {
                    return false;
                }

                left = value;
            }

            return true;
        };
    }

    /// <summary>The comparison at the current token: one of the symbols, <c>in</c>, <c>not in</c>, <c>is</c> or <c>is not</c>.</summary>
    private string? ComparisonOperator()
    {
        if (Current.Kind == TokenKind.Operator && ComparisonOperators.Contains(Current.Text))
        {
            return Current.Text;
        }

        return AtKeyword("in") ? "in" : AtKeyword("is") ? "is" : AtKeyword("not") ? "not in" : null;
    }

    /// <summary>Moves past the operator's tokens and returns it, <c>is</c> made <c>is not</c> when followed by <c>not</c>.</summary>
    private string SkipComparisonOperator(string op)
    {
        Advance();
        if (op == "not in")
        {
            if (!AtKeyword("in"))
            {
                throw Unexpected("'in' after 'not'");
            }

            Advance();
        }
        else if (op == "is" && AtKeyword("not"))
        {
            Advance();
            return "is not";
        }

        return op;
    }

    private Evaluator ParseSum()
    {
        var left = ParseProduct();
        while (AtOperator("+") || AtOperator("-"))
        {
            left = Binary(left, Advance(), ParseProduct());
        }

        return left;
    }

    private Evaluator ParseProduct()
    {
        var left = ParseUnary();
        while (AtOperator("*") || AtOperator("//") || AtOperator("%") || AtOperator("/"))
        {
            if (AtOperator("/"))
            {
                throw new TemplateException(MarkOf(Current), "'/' makes a float, which templates do not support; use '//' for whole numbers");
            }

            left = Binary(left, Advance(), ParseUnary());
        }

        return left;
    }

    private Evaluator ParseUnary()
    {
        if (!AtOperator("-") && !AtOperator("+"))
        {
            return ParsePostfix();
        }

        var op = Advance();
        var mark = MarkOf(op);
        var operand = ParseUnary();
        return scope => PyOperators.Arithmetic(op.Text == "-" ? "-" : "+", 0L, PyValues.Int(operand(scope), $"the operand of unary '{op.Text}'", mark), mark);
    }

    private Evaluator Binary(Evaluator left, Token op, Evaluator right)
    {
        var mark = MarkOf(op);
        return scope => PyOperators.Arithmetic(op.Text, left(scope), right(scope), mark);
    }
}
