using Overlord.Agent.Planning;
using Overlord.Agent.Store;

namespace Overlord.Agent.Convergence;

/// <summary>
/// What one reconcile found and will do: the steps (each on the nodes that differ), every pair's status, the rows it
/// adopts without acting (hashes filled in, projects found running), the rows it forgets (a project already gone from
/// a node that no longer wants it) and why destroys were held back.
/// </summary>
public sealed record ReconcilePlan(
    IReadOnlyList<PlannedStep> Steps,
    IReadOnlyList<PairStatus> Statuses,
    IReadOnlyList<DeploymentRecord> Adopted,
    IReadOnlyList<(string SpecPath, string Target)> Forgotten,
    string? Blocked)
{
    public bool HasWork => Steps.Count > 0;
}
