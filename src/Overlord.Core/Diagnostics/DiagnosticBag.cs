namespace Overlord.Core.Diagnostics;

/// <summary>Collects every problem of one file, so validation reports all of them at once (as YARP does).</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _errors = [];
    private readonly List<Diagnostic> _warnings = [];

    public DiagnosticBag(string file)
    {
        File = file;
    }

    /// <summary>The file name used in every message.</summary>
    public string File { get; }

    /// <summary>Errors, in file order (by file, line and column), whatever order validation found them in.</summary>
    public IReadOnlyList<Diagnostic> Errors => InFileOrder(_errors);

    /// <summary>Warnings (an unset variable, for example): printed, but they do not refuse the file.</summary>
    public IReadOnlyList<Diagnostic> Warnings => InFileOrder(_warnings);

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _errors.Count > 0;

    public void Error(Mark mark, string path, string message) => _errors.Add(new Diagnostic(File, mark, path, message));

    public void Warning(Mark mark, string path, string message) => _warnings.Add(new Diagnostic(File, mark, path, message));

    private static List<Diagnostic> InFileOrder(List<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Mark.Line).ThenBy(d => d.Mark.Column).ToList();

    /// <summary>Adds everything another bag collected (for included files).</summary>
    public void AddRange(DiagnosticBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _errors.AddRange(other._errors);
        _warnings.AddRange(other._warnings);
    }
}
