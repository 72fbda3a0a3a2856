namespace Overlord.Client.Deployment;

/// <summary>What a step of a deployment did on one node.</summary>
public enum DeployAction
{
    /// <summary><c>POST project/up</c>: a job that creates or restarts the project.</summary>
    ProjectUp,

    /// <summary><c>POST project/down</c>: a job that destroys the project.</summary>
    ProjectDown,

    /// <summary><c>POST project/cancel</c>: a job that stops a running up.</summary>
    ProjectCancel,

    /// <summary><c>POST vm/{name}</c>: a job that creates a VM.</summary>
    VmCreate,

    /// <summary><c>POST project/down</c> on a VM's project.</summary>
    VmDown,

    /// <summary>A metadata key written (HEAD, then PUT or POST).</summary>
    MetadataWrite,

    /// <summary>A namespace written (HEAD, then PUT or POST).</summary>
    NamespaceWrite,

    /// <summary>A metadata key deleted.</summary>
    MetadataDelete,

    /// <summary>A namespace deleted.</summary>
    NamespaceDelete,

    /// <summary><c>overlord.autoscale.&lt;project&gt;</c> written: the node's autoscaler deploys the project.</summary>
    AutoscaleWrite,

    /// <summary><c>overlord.autoscale-cleanup.&lt;project&gt;</c> written: the node's autoscaler destroys the replicas.</summary>
    AutoscaleCleanup,
}
