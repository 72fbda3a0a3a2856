using Overlord.Bench.Measuring;

namespace Overlord.Bench.Scenarios;

/// <summary>Wall time of <c>overlord get-info</c> from exec to exit, and of a hello-world console app.</summary>
public sealed record ColdStartFigures(Samples GetInfo, Samples Hello);
