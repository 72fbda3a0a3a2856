using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>Why a template could not be rendered: the template (a metadata key or an included file), where, and what.</summary>
/// <param name="Template">The template's name: the metadata key of the top template, or the lookup path of an included one.</param>
/// <param name="Mark">Line and column (1-based) in that template.</param>
/// <param name="Message">What is wrong, in words a person understands.</param>
public sealed record TemplateError(string Template, Mark Mark, string Message)
{
    /// <summary>Formats as <c>TEMPLATE:LINE:COLUMN: message</c>, as spec errors are.</summary>
    public override string ToString() => $"{Template}:{Mark.Line}:{Mark.Column}: {Message}";
}
