namespace Overlord.Core.Specs;

/// <summary><c>autoScale.replicas</c>.</summary>
public sealed record ReplicasSpec
{
    /// <summary>At least 1; default 1.</summary>
    public long Min { get; init; } = 1;

    /// <summary>At least <see cref="Min"/>; null means the number of candidate nodes, counted at apply time.</summary>
    public long? Max { get; init; }
}
