
namespace Overlord.Core.Templates;

/// <summary>One compiled piece of a template (text, an expression, an if, a for, an include), run against a scope.</summary>
internal delegate void RenderAction(RenderState state, Scope scope);
