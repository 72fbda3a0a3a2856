namespace Overlord.Runtime;

/// <summary>How a VM creation ended.</summary>
public enum VmCreateOutcome
{
    /// <summary>The VM was created (or an ISO installer started) and runs.</summary>
    Completed,

    /// <summary>A step failed; the output says which.</summary>
    Failed,

    /// <summary>The VM was installed before and neither restart nor overwrite was asked: nothing was done.</summary>
    AlreadyInstalled,

    /// <summary>The VM's jail was brought down and up again with the Director file it was made with.</summary>
    Restarted,

    /// <summary>Director holds the project (UNFINISHED or DESTROYING, locked): nothing was done.</summary>
    Skipped,
}
