using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>
/// Wall time from exec to exit of the three short commands issue 14.4 names (<c>get-info</c> against one node,
/// <c>version</c>, <c>print-spec</c> of a project spec), and of a hello-world console app started the same way.
/// </summary>
public sealed record ColdStartFigures(Samples GetInfo, Samples Version, Samples PrintSpec, Samples Hello)
{
    /// <summary>How many times the hello app's median a command may take (issue 14.4).</summary>
    public const double TargetRatio = 1.5;
}
