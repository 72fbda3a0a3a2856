namespace Overlord.Agent.Store;

/// <summary>How the agent's last attempt at one spec on one node ended.</summary>
public enum DeploymentState
{
    /// <summary>Deployed: the node runs what <see cref="DeploymentRecord.SpecHash"/> describes.</summary>
    Synced,

    /// <summary>The last attempt failed on the node; it is tried again after <see cref="DeploymentRecord.NextAttemptAt"/>.</summary>
    Failed,

    /// <summary>The node did not answer; it is tried again as soon as it does.</summary>
    Unreachable,
}
