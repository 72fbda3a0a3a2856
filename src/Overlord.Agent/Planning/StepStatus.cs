namespace Overlord.Agent.Planning;

/// <summary>Where a persisted plan step is; a resumed plan skips the dispatch of every step past <see cref="Pending"/>.</summary>
public enum StepStatus
{
    Pending,

    /// <summary>Every target acknowledged (with a job id, or an immediate answer); only following the jobs is left.</summary>
    Dispatched,

    Succeeded,

    Failed,
}
