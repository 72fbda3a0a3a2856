namespace Overlord.Core.Diagnostics;

/// <summary>A position in a source file, both 1-based, as editors show it.</summary>
public readonly record struct Mark(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
