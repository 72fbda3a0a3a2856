namespace Overlord.Runtime.Director;

/// <summary>The outcome of parsing a Director file: the file, or every error found.</summary>
/// <param name="File">The parsed file, or null when there are errors.</param>
/// <param name="Errors">Every error found (empty on success).</param>
/// <param name="UnsetVariables">Variables referenced by <c>${NAME}</c> without a value or default (they became empty).</param>
public sealed record DirectorParseResult(
    DirectorFile? File,
    IReadOnlyList<DirectorParseError> Errors,
    IReadOnlyList<string> UnsetVariables)
{
    public bool Succeeded => File is not null && Errors.Count == 0;

    /// <summary>All errors, one per line.</summary>
    public string Describe() => string.Join('\n', Errors);
}
