namespace Overlord.Client.Deployment;

/// <summary>How a followed job ended: <see cref="DeployState.Completed"/>, or failed, unreachable or timed out with a message.</summary>
public sealed record WaitOutcome(DeployStep Step, DeployState State, string? Message = null)
{
    public bool Succeeded => State == DeployState.Completed;
}
