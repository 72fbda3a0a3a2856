
namespace Overlord.Core.Templates;

/// <summary>A parsed template: its name in messages, its lookup path (empty for the top template) and its actions.</summary>
internal sealed record CompiledTemplate(string Name, string Uri, IReadOnlyList<RenderAction> Actions)
{
    /// <summary>Runs the template with only the template variables in scope (as Mako's includes see the context, not loop variables).</summary>
    public void Render(RenderState state)
    {
        try
        {
            var scope = Scope.ForVariables(state.Variables);
            foreach (var action in Actions)
            {
                action(state, scope);
            }
        }
        catch (TemplateException e)
        {
            throw e.In(Name);
        }
    }
}
