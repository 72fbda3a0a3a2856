namespace Overlord.Agent.Store;

/// <summary>The lower-case names of <see cref="ConvergenceStatus"/> that the API, notes and agent-status print.</summary>
public static class ConvergenceStatuses
{
    public static string ToText(this ConvergenceStatus status) => status switch
    {
        ConvergenceStatus.Synced => "synced",
        ConvergenceStatus.OutOfSync => "out_of_sync",
        ConvergenceStatus.Progressing => "progressing",
        ConvergenceStatus.Failed => "failed",
        ConvergenceStatus.Unreachable => "unreachable",
        ConvergenceStatus.Orphaned => "orphaned",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ConvergenceStatus Parse(string text) => text switch
    {
        "synced" => ConvergenceStatus.Synced,
        "out_of_sync" => ConvergenceStatus.OutOfSync,
        "progressing" => ConvergenceStatus.Progressing,
        "failed" => ConvergenceStatus.Failed,
        "unreachable" => ConvergenceStatus.Unreachable,
        "orphaned" => ConvergenceStatus.Orphaned,
        _ => throw new InvalidDataException($"agent.db: unknown convergence status '{text}'"),
    };
}
