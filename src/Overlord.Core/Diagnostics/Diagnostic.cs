
namespace Overlord.Core.Diagnostics;

/// <summary>One problem found in a file: where it is, which field, and what is wrong, in words a person understands.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Mark">Line and column (1-based).</param>
/// <param name="Path">The field path (<c>deployIn.labels[1]</c>), or empty for the whole document.</param>
/// <param name="Message">What was given and what is allowed.</param>
public sealed record Diagnostic(string File, Mark Mark, string Path, string Message)
{
    /// <summary>Formats as <c>FILE:LINE:COLUMN: field.path: message</c>.</summary>
    public override string ToString() => Path.Length == 0
        ? $"{File}:{Mark.Line}:{Mark.Column}: {Message}"
        : $"{File}:{Mark.Line}:{Mark.Column}: {Path}: {Message}";
}
