namespace Overlord.Runtime;

/// <summary>The Director stage of a VM creation, as the original's project up status names it.</summary>
public enum VmProjectStage
{
    /// <summary>RUNNING: Director is about to run.</summary>
    Running,

    /// <summary>COMPLETED: every service is up.</summary>
    Completed,

    /// <summary>INCOMPLETED: Director reported an error or a failed step.</summary>
    Incompleted,

    /// <summary>NOOP: an installed ISO guest whose jail is not rebuilt.</summary>
    Noop,
}
