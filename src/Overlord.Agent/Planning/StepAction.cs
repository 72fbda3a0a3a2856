namespace Overlord.Agent.Planning;

/// <summary>What a plan step does to one spec.</summary>
public enum StepAction
{
    /// <summary>Deploy the spec as the target commit has it.</summary>
    Apply,

    /// <summary>Destroy what the spec deployed, read from the commit it was last applied at.</summary>
    Destroy,

    /// <summary>
    /// Destroy, then deploy again, on the step's nodes: what the project reads from metadata changed, and Director
    /// recreates a service only when its definition or its Makejail's mtime changed.
    /// </summary>
    Recreate,

    /// <summary>The spec does not load; nothing is sent, the step fails alone with the file's messages.</summary>
    Invalid,
}
