namespace Overlord.Core.Templates;

internal enum TokenKind
{
    /// <summary>A name or a keyword (<c>and</c>, <c>in</c>, <c>None</c>, ...).</summary>
    Name,

    /// <summary>An int literal; its value is a long.</summary>
    Number,

    /// <summary>A string literal; its value is the decoded text.</summary>
    String,

    /// <summary>Punctuation or an operator: <c>( ) [ ] { } , : . | + - * // % == != &lt; &lt;= &gt; &gt;=</c>.</summary>
    Operator,

    /// <summary>Nothing more before the end of the expression's text.</summary>
    End,
}
