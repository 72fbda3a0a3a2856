namespace Overlord.Runtime.Director;

/// <summary>A problem in a Director file, located by line and column (1-based; 0 when unknown) and field path.</summary>
/// <param name="Line">Line of the offending node.</param>
/// <param name="Column">Column of the offending node.</param>
/// <param name="Field">Slash-separated path of the field, as Director names it (<c>services/web/priority</c>).</param>
/// <param name="Message">What is wrong.</param>
public sealed record DirectorParseError(int Line, int Column, string Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"line {Line}, column {Column}: {Field}: {Message}" : $"{Field}: {Message}";
}
