namespace Overlord.Agent.Convergence;

/// <summary>One node of an <see cref="ObservedTree"/>: its chain path below the agent's node ("" for that node).</summary>
public sealed record ObservedNode(string Chain, IReadOnlyList<string> Labels, bool Reachable, string? Error, IReadOnlyDictionary<string, ObservedProject> Projects)
{
    public static ObservedNode Unreachable(string chain, string? error) =>
        new(chain, [], false, error, new Dictionary<string, ObservedProject>(StringComparer.Ordinal));
}
