namespace Overlord.Server.Jobs;

/// <summary>What a job does to a project: the original's queue message types create, destroy and cancel.</summary>
public enum JobKind
{
    Up,
    Down,
    Cancel,
}
