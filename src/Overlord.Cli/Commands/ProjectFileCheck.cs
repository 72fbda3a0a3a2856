using Overlord.Core.Specs;
using Overlord.Runtime.Director;

namespace Overlord.Cli.Commands;

/// <summary>
/// Checks a directorProject's <c>projectFile</c> by Director's own rules (service and jail names, allowed
/// keys, single-key list items) when the spec is read, so a file Director would refuse with exit 70 on the
/// node is refused here with the spec file, the line inside the Director file and the field.
/// </summary>
internal static class ProjectFileCheck
{
    /// <returns>One line per problem, empty when the Director file passes or the spec has none.</returns>
    public static IReadOnlyList<string> Problems(Spec spec, string file)
    {
        if (spec is not DirectorProjectSpec { ProjectFile: { } text } project)
        {
            return [];
        }

        // Variables are the node's to fill; an unset one only warns there, so it is not a problem here.
        var parsed = DirectorFileParser.Parse(text, project.Environment);
        return [.. parsed.Errors.Select(error => error.Path.Length == 0
            ? $"{file}: projectFile: line {error.Mark.Line}, column {error.Mark.Column}: {error.Message}"
            : $"{file}: projectFile: line {error.Mark.Line}, column {error.Mark.Column}: {error.Path}: {error.Message}")];
    }
}
