using Overlord.Core.Diagnostics;

namespace Overlord.Core.Templates;

/// <summary>
/// The value of a name no variable defines, as Mako's <c>UNDEFINED</c>: false in a condition and comparable with
/// <c>is</c>, but printing it or computing with it is an error that names the variable and where it was used.
/// </summary>
internal sealed record Undefined(string Name, Mark Mark)
{
    public TemplateException Error() => new(Mark, $"undefined variable '{Name}'");
}
