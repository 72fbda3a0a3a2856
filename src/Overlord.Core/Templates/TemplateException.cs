using Overlord.Core.Diagnostics;
using Overlord.Core.Results;

namespace Overlord.Core.Templates;

/// <summary>
/// Stops parsing or rendering at the first error, from however deep in an expression it is found. It never leaves
/// <see cref="MakoTemplate.Render"/>: the boundary turns it into an <see cref="OverlordError"/>. The template's name is
/// added by the template being rendered when the error arrives without one.
/// </summary>
internal sealed class TemplateException : Exception
{
    public TemplateException(Mark mark, string message, string? template = null)
        : base(message)
    {
        Mark = mark;
        Template = template;
    }

    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Mark Mark { get; } = new(1, 1);

    public string? Template { get; }

    /// <summary>The same error, named after <paramref name="template"/> unless it already names one.</summary>
    public TemplateException In(string template) => Template is null ? new TemplateException(Mark, Message, template) : this;

    /// <summary>The error as <c>TEMPLATE:LINE:COLUMN: message</c>, as spec errors are.</summary>
    public OverlordError ToError(string template) =>
        new(ErrorCodes.Invalid, Message, new ErrorLocation(Template ?? template, Mark.Line, Mark.Column));
}
