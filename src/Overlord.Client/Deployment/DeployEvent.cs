namespace Overlord.Client.Deployment;

/// <summary>A change of a step's state: dispatched (queued, done or failed), then, while waiting, running and its end.</summary>
public sealed record DeployEvent(DeployStep Step, DeployState State, string? Message = null)
{
    /// <summary>The event that reports a step as the node answered it.</summary>
    public static DeployEvent Dispatched(DeployStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (!step.Succeeded)
        {
            return new DeployEvent(step, DeployState.Failed, step.Error.Message);
        }

        return new DeployEvent(step, step.JobId is null ? DeployState.Completed : DeployState.Queued);
    }

    /// <summary>True for the states a step does not leave.</summary>
    public bool IsFinal => State is not (DeployState.Queued or DeployState.Running);
}
