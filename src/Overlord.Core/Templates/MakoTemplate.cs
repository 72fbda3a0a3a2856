using Overlord.Core.Results;

namespace Overlord.Core.Templates;

/// <summary>
/// Renders the subset of Mako that appConfig templates use (overlord-spec(5) lists it) without Python: expressions
/// are evaluated by a small interpreter that reaches only the template's variables and a few builtins. Every
/// failure, from a syntax error to an undefined variable, comes back as an <see cref="OverlordError"/> whose location
/// names the template, line and column.
/// </summary>
public static class MakoTemplate
{
    /// <summary>The longest text a render may produce, in characters (as much as a spec file may hold).</summary>
    public const int MaxOutputLength = 16 * 1024 * 1024;

    /// <param name="source">The template's text.</param>
    /// <param name="name">How errors name the template: for appConfig, the metadata key it came from.</param>
    /// <param name="variables">The template's variables; each is a str, as appConfig values are.</param>
    /// <param name="lookup">Where <c>&lt;%include/&gt;</c> finds other templates.</param>
    public static Result<string> Render(string source, string name, IReadOnlyDictionary<string, string> variables, TemplateLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(variables);
        ArgumentNullException.ThrowIfNull(lookup);
        try
        {
            var template = TemplateParser.Parse(source, name, "");
            var state = new RenderState(variables, lookup);
            template.Render(state);
            return state.Output;
        }
        catch (TemplateException e)
        {
            return e.ToError(name);
        }
    }
}
