namespace Overlord.Server.Jobs;

/// <summary>How a job ended: Completed, Failed or Cancelled, with a line saying why.</summary>
public sealed record JobOutcome(JobState State, string? Message)
{
    public static JobOutcome Completed(string? message) => new(JobState.Completed, message);

    public static JobOutcome Failed(string message) => new(JobState.Failed, message);

    public static JobOutcome Cancelled(string message) => new(JobState.Cancelled, message);
}
