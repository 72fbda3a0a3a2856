using Overlord.Agent.Convergence;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Dispatch;

/// <summary>
/// Sends specs to the nodes they target, through the agent's own node, and follows the jobs they start. The host
/// provides the implementation over the shared deployer; tests use a recording one.
/// </summary>
public interface ISpecDispatcher
{
    /// <summary>A sync starts: what the dispatcher kept from the last one (the nodes' labels) is asked again.</summary>
    void BeginSync()
    {
    }

    /// <summary>The nodes a spec selects, by chain path as notes name them (<c>main</c>, <c>main.alpha</c>), for a dry run.</summary>
    Task<IReadOnlyList<string>> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken);

    /// <summary>
    /// What the tree runs now, read with one request through the agent's own node (every node's labels and projects);
    /// null when that node does not answer, or when this dispatcher cannot tell (then nothing is reconciled).
    /// </summary>
    Task<ObservedTree?> ObserveAsync(CancellationToken cancellationToken);

    /// <summary>Applies or destroys one spec; each target comes back <see cref="TargetState.Queued"/> with a job id, or already final.</summary>
    Task<DispatchResult> DispatchAsync(SpecDispatch dispatch, CancellationToken cancellationToken);

    /// <summary>Waits for every queued target to end, at most <paramref name="timeout"/>; targets still running come back TimedOut.</summary>
    Task<IReadOnlyList<TargetResult>> WaitAsync(JobFollowUp followUp, TimeSpan timeout, CancellationToken cancellationToken);
}
