namespace Overlord.Runtime.Director;

/// <summary>A service's <c>oci</c> settings.</summary>
public sealed record DirectorOci(string? User, string? Workdir, IReadOnlyList<DirectorPair> Environment);
