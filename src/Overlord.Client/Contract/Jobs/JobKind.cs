namespace Overlord.Client.Contract;

/// <summary>What a job does to a project: the original's queue message types create, destroy and cancel, and a VM creation (its <c>overlord_vm</c> tube).</summary>
public enum JobKind
{
    Up,
    Down,
    Cancel,
    Vm,
}
