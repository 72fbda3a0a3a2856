namespace Overlord.Server.Jobs;

/// <summary>The operation values of a project's up/down status, spelled as the original stores them (reference 8).</summary>
public static class ProjectOperation
{
    public const string Running = "RUNNING";
    public const string Completed = "COMPLETED";
    public const string Incompleted = "INCOMPLETED";
    public const string Failed = "FAILED";

    /// <summary>A VM's jail left as it is: an installed ISO guest (reference 11, step 4).</summary>
    public const string Noop = "NOOP";
}
