namespace Overlord.Agent.Store;

/// <summary>Where one spec stands on one node after a reconcile; written in JSON as <see cref="ConvergenceStatuses.ToText"/> says.</summary>
public enum ConvergenceStatus
{
    /// <summary>The node runs what the branch says.</summary>
    Synced,

    /// <summary>The node differs from the branch and the agent has not acted on it (self_heal off, or a dry run).</summary>
    OutOfSync,

    /// <summary>A deploy is on its way, or the node reports the project as still being built or destroyed.</summary>
    Progressing,

    /// <summary>The last attempt failed; it is retried with backoff.</summary>
    Failed,

    /// <summary>The node does not answer; it is deployed once it does.</summary>
    Unreachable,

    /// <summary>Running where the branch no longer puts it; destroyed only with prune.</summary>
    Orphaned,
}
