namespace Overlord.Server.Jobs;

/// <summary>The operation values of a VM's status (reference 8 and 11), spelled as the original stores them.</summary>
public static class VmOperation
{
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Failed = "FAILED";

    /// <summary>Nothing was done: the VM was installed already (ours; the original wrote no status then).</summary>
    public const string Noop = "NOOP";
}
