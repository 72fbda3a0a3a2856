namespace Overlord.Server.Jobs;

/// <summary>Where a job is in its life. Completed means it ran to its end (the project status says how it went).</summary>
public enum JobState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled,
}
