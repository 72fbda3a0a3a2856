namespace Overlord.Agent.Convergence;

/// <summary>A project as a node reports it: Director's state (DONE, FAILED, UNFINISHED, DESTROYING) and its lock.</summary>
public sealed record ObservedProject(string Name, string? State, bool Locked)
{
    public bool IsDone => State == "DONE" && !Locked;

    public bool IsFailed => State == "FAILED" && !Locked;

    /// <summary>Being built or destroyed now (or not far enough to have a state).</summary>
    public bool IsBusy => !IsDone && !IsFailed;
}
