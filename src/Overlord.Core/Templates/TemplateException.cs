using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// Stops parsing or rendering at the first error, from however deep in an expression it is found. It never leaves
/// <see cref="MakoTemplate.Render"/>: the boundary turns it into a <see cref="TemplateError"/>. The template's name is
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

    public TemplateError ToError(string template) => new(Template ?? template, Mark, Message);
}
