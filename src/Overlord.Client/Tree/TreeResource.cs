namespace Overlord.Client.Tree;

/// <summary>What <c>GET /v1/tree/{resource}</c> collects from every node of the tree.</summary>
public enum TreeResource
{
    Labels,
    Chains,
    Projects,
    Jails,
    Stats,
    Metadata,
    Namespaces,
    ProjectsLogs,
    JailsLogs,

    /// <summary>The autoscaler's status of the projects named by the filters (literal names).</summary>
    Autoscale,

    /// <summary>The VMs' statuses (<c>GET vm/{name}</c> for each).</summary>
    Vm,
}
