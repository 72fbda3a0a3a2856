using Overlord.Core.Diagnostics;

namespace Overlord.Core.Results;

/// <summary>Where an error was found, as far as it is known: the file as the user named it, the 1-based line and column, and the field path.</summary>
public sealed record ErrorLocation(string? File = null, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>The place a diagnostic points at (a whole-document diagnostic names no field).</summary>
    public static ErrorLocation Of(Diagnostic diagnostic) =>
        new(diagnostic.File, diagnostic.Mark.Line, diagnostic.Mark.Column, diagnostic.Path.Length == 0 ? null : diagnostic.Path);

    /// <summary>Formats as <c>FILE:LINE:COLUMN: field.path</c>, leaving out what is not known.</summary>
    public override string ToString()
    {
        var place = string.Join(':', new[] { File, Line?.ToString(), Column?.ToString() }.Where(part => part is not null));
        return (place.Length, Field) switch
        {
            (0, null) => "",
            (0, _) => Field,
            (_, null) => place,
            _ => $"{place}: {Field}",
        };
    }
}
