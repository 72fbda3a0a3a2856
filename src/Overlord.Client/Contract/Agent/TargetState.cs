namespace Overlord.Client.Contract;

/// <summary>Where one spec stands on one node.</summary>
public enum TargetState
{
    /// <summary>The node took the work and answered with a job id; its end is not known yet.</summary>
    Queued,

    Succeeded,

    Failed,

    /// <summary>The job did not end within the agent's wait.</summary>
    TimedOut,
}
