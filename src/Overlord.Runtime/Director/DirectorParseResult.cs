using Overlord.Core.Diagnostics;

namespace Overlord.Runtime.Director;

/// <summary>The outcome of parsing a Director file: the file, or every error found.</summary>
/// <param name="File">The parsed file, or null when there are errors.</param>
/// <param name="Diagnostics">
/// Errors and warnings (a <c>${NAME}</c> without a value or default, which became empty), located by
/// line and column, with Director's slash-separated field paths (<c>services/web/priority</c>).
/// </param>
public sealed record DirectorParseResult(DirectorFile? File, DiagnosticBag Diagnostics)
{
    public bool Succeeded => File is not null && !Diagnostics.HasErrors;

    /// <summary>Every error, in file order (empty on success).</summary>
    public IReadOnlyList<Diagnostic> Errors => Diagnostics.Errors;

    /// <summary>Problems that do not refuse the file, such as unset variables.</summary>
    public IReadOnlyList<Diagnostic> Warnings => Diagnostics.Warnings;

    /// <summary>All errors, one per line. The file arrives as text, not from a path, so lines are named in words.</summary>
    public string Describe() => string.Join('\n', Errors.Select(error => error.Path.Length == 0
        ? $"line {error.Mark.Line}, column {error.Mark.Column}: {error.Message}"
        : $"line {error.Mark.Line}, column {error.Mark.Column}: {error.Path}: {error.Message}"));
}
