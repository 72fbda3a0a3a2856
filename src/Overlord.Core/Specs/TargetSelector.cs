namespace Overlord.Core.Specs;

/// <summary>
/// The original's target rule (reference 6.2): a node is dropped when any of its labels is in
/// <c>deployIn.exclude</c>, otherwise kept when any of its labels is in <c>deployIn.labels</c>.
/// Pure: the caller discovers the nodes.
/// </summary>
public static class TargetSelector
{
    /// <summary>True when a node with these labels is a target.</summary>
    public static bool Matches(DeployInSpec deployIn, IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(deployIn);
        ArgumentNullException.ThrowIfNull(labels);
        return !labels.Any(deployIn.Exclude.Contains) && labels.Any(deployIn.Labels.Contains);
    }

    /// <summary>The candidates that are targets, in the given order.</summary>
    public static IReadOnlyList<TargetCandidate> Select(DeployInSpec deployIn, IEnumerable<TargetCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.Where(c => Matches(deployIn, c.Labels)).ToList();
    }

    /// <summary>The targets under each entry point, entry point by entry point: a node under two overlapping entry
    /// points appears twice, as the original deployed it twice.</summary>
    public static IReadOnlyList<TargetCandidate> SelectPerEntrypoint(DeployInSpec deployIn, IReadOnlyList<TargetCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(deployIn);
        return deployIn.Entrypoints
            .Select(DeployEntrypoint.Parse)
            .SelectMany(entry => Select(deployIn, candidates.Where(entry.Covers)))
            .ToList();
    }
}
