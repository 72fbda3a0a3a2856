namespace Overlord.Agent.Store;

/// <summary>One spec on one node as the last reconcile found it: the status, why, and when it is tried again.</summary>
public sealed record PairStatus
{
    public required string SpecPath { get; init; }

    /// <summary>The node as notes name it: <c>main</c>, <c>main.eu</c>.</summary>
    public required string Target { get; init; }

    public required ConvergenceStatus Status { get; init; }

    /// <summary>The commit the node runs the spec from (or should, when not synced).</summary>
    public string? Commit { get; init; }

    /// <summary>The content hash of what the branch says for this node.</summary>
    public string? Hash { get; init; }

    /// <summary>Why it is not synced (<c>missing on the node</c>, <c>spec changed</c> ...); null when synced.</summary>
    public string? Reason { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset? NextRetry { get; init; }
}
