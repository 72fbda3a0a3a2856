namespace Overlord.Bench;

/// <summary>
/// The phases <c>--only</c> can pick (the idle node's memory is always read: the lone node it is read on serves the
/// tree, load and cold-start phases). A partial run's table lists only the rows of the phases it ran. The scale phase
/// runs only with <c>--scale</c>.
/// </summary>
public static class BenchPhase
{
    public const string Tree = "tree";
    public const string Reconcile = "reconcile";
    public const string Load = "load";
    public const string ColdStart = "cold-start";
    public const string Agent = "agent";

    /// <summary>The 1,000-node tree: only with <c>--scale</c>, which the default run leaves out.</summary>
    public const string Scale = "scale";

    public static IReadOnlyList<string> All { get; } = [Tree, Reconcile, Load, ColdStart, Agent, Scale];

    /// <summary>Reads <c>tree,reconcile</c>; fails on a name it does not know.</summary>
    public static IReadOnlySet<string> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var phases = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = phases.Except(All, StringComparer.Ordinal).ToList();
        if (phases.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"--only takes phases among {string.Join(", ", All)}, not '{list}'");
        }

        return phases;
    }
}
