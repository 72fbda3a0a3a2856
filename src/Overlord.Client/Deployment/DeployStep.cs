namespace Overlord.Client.Deployment;

/// <summary>
/// One request of a deployment on one node: what it did, to which project, VM, key or namespace
/// (<see cref="Name"/>), the job it queued, or why it failed.
/// </summary>
public sealed record DeployStep(DeployTarget Target, DeployAction Action, string Name, long? JobId = null, string? Error = null)
{
    public bool Succeeded => Error is null;

    /// <summary>True when the node queued a job that can be followed to its end.</summary>
    public bool HasJob => Succeeded && JobId is not null;
}
