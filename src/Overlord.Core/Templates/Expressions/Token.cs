namespace Overlord.Core.Templates;

/// <summary>One token of an expression: what it is, its text, where it starts and ends in the template, and its value.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, int End, object? Value = null)
{
    public bool Is(TokenKind kind, string text) => Kind == kind && string.Equals(Text, text, StringComparison.Ordinal);

    /// <summary>How an error message names the token.</summary>
    public string Describe() => Kind == TokenKind.End ? "the end of the expression" : $"'{Text}'";
}
