using Overlord.Core.Diagnostics;

namespace Overlord.Core.Specs;

/// <summary>What loading a spec file gave: the spec (null when refused) and every error and warning.</summary>
public sealed record SpecLoadResult(Spec? Spec, DiagnosticBag Diagnostics)
{
    /// <summary>True when the file was refused: <see cref="Diagnostics"/> says why.</summary>
    public bool Failed => Spec is null;
}
