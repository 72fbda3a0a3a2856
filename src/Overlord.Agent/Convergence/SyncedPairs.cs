using System.Runtime.CompilerServices;
using Overlord.Agent.Store;

namespace Overlord.Agent.Convergence;

/// <summary>
/// The pairs the last reconcile found plainly synced (issue 14.5): the same desired pair, the same record object and the
/// same project on a node that answers give the same status again, so a reconcile of ten thousand unchanged pairs
/// compares each with what it saw instead of deciding it anew, and hands back the very status objects (which the
/// status writer then compares by reference). Keyed weakly by the pair: a pair built again (its spec or node changed)
/// is decided again, and a pair no longer held anywhere drops out.
/// </summary>
internal static class SyncedPairs
{
    private static readonly ConditionalWeakTable<DesiredDeployment, Seen> Memo = new();

    /// <summary>The status decided for <paramref name="pair"/> when it was last seen with these very inputs, or null.</summary>
    public static PairStatus? Find(DesiredDeployment pair, DeploymentRecord record, ObservedProject? project) =>
        Memo.TryGetValue(pair, out var seen) && ReferenceEquals(seen.Record, record) && seen.Project == project ? seen.Status : null;

    /// <summary>
    /// Remembers a decision that depends on nothing but the pair, its record and the project: synced, nothing to do,
    /// nothing to adopt, and a record whose hashes were both known.
    /// </summary>
    public static void Remember(DesiredDeployment pair, DeploymentRecord record, ObservedProject? project, PairStatus status)
    {
        if (record is { State: DeploymentState.Synced, SpecHash: not null, ReadsHash: not null } && status.Status == ConvergenceStatus.Synced)
        {
            Memo.AddOrUpdate(pair, new Seen(record, project, status));
        }
    }

    private sealed record Seen(DeploymentRecord Record, ObservedProject? Project, PairStatus Status);
}
