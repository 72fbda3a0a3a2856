namespace Overlord.Agent.Planning;

/// <summary>The order a plan runs in: what specs read comes first, what destroys comes last.</summary>
public enum SyncPhase
{
    /// <summary>Metadata specs: projects and VMs may read their values.</summary>
    Metadata = 0,

    /// <summary>Projects, VMs and app configs.</summary>
    Workloads = 1,

    /// <summary>Destroys of specs that left the repository (only with prune).</summary>
    Deletions = 2,
}
