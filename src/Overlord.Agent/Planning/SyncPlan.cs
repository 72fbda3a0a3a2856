namespace Overlord.Agent.Planning;

/// <summary>
/// What one sync will do, in order. A blocked plan dispatches nothing (<see cref="Blocked"/> says why).
/// <see cref="Orphaned"/> are specs that left the repository but stay deployed because pruning is off.
/// </summary>
public sealed record SyncPlan(IReadOnlyList<PlannedStep> Steps, IReadOnlyList<string> Orphaned, string? Blocked)
{
    public static SyncPlan Empty { get; } = new([], [], null);

    public bool IsEmpty => Steps.Count == 0;

    public bool IsBlocked => Blocked is not null;
}
