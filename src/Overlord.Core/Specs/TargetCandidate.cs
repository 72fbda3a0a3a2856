namespace Overlord.Core.Specs;

/// <summary>A node that a deployment could go to: its datacenter, its chain path below it (null for the datacenter's own node) and its labels.</summary>
public sealed record TargetCandidate(string Datacenter, string? ChainPath, IReadOnlyList<string> Labels);
