namespace Overlord.Client.Deployment;

/// <summary>Where a step stands, as reported through <see cref="DeployEvent"/>.</summary>
public enum DeployState
{
    /// <summary>The node accepted a job that has not started yet.</summary>
    Queued,

    /// <summary>The job is running.</summary>
    Running,

    /// <summary>The job ended well, or a step without a job (a metadata write) was done.</summary>
    Completed,

    /// <summary>The request was refused, or the job ended badly.</summary>
    Failed,

    /// <summary>The node stopped answering while its job was followed.</summary>
    Unreachable,

    /// <summary>The job had not ended when the wait timed out.</summary>
    TimedOut,
}
