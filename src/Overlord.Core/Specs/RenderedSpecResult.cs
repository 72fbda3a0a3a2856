using Overlord.Core.Diagnostics;

namespace Overlord.Core.Specs;

/// <summary>
/// What loading an appConfig template's output gave: the directorProject or vmJail spec to deploy (null when
/// refused), every problem, and whether the refusal is a nested appConfig (a configuration error, not a bad render).
/// </summary>
public sealed record RenderedSpecResult(Spec? Spec, DiagnosticBag Diagnostics, bool Nested)
{
    public bool Failed => Spec is null;
}
