namespace Overlord.Core.Specs;

/// <summary><c>autoScale</c> of a directorProject (reference section 9).</summary>
public sealed record AutoScaleSpec
{
    public ReplicasSpec Replicas { get; init; } = new();

    public AutoScaleType Type { get; init; } = AutoScaleType.AnyJail;

    /// <summary>The percentage, required by the percent types.</summary>
    public long? Value { get; init; }

    /// <summary>rctl resource → limit that triggers a scale-up, in file order.</summary>
    public IReadOnlyDictionary<string, ResourceThreshold> Rules { get; init; } = new Dictionary<string, ResourceThreshold>();

    /// <summary>rctl resource → limit compared with the node's own totals.</summary>
    public IReadOnlyDictionary<string, ResourceThreshold> Economy { get; init; } = new Dictionary<string, ResourceThreshold>();

    /// <summary>Labels of the nodes that may hold replicas; default <c>["all"]</c>.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [DeployInSpec.AllLabel];

    /// <summary>Metadata keys copied to a node before a replica is deployed there.</summary>
    public IReadOnlyList<string> Metadata { get; init; } = [];

    /// <summary>HAProxy-driven rules, or null.</summary>
    public LoadBalancerSpec? LoadBalancer { get; init; }
}
