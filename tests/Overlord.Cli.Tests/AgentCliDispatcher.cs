using Overlord.Agent.Convergence;
using Overlord.Agent.Dispatch;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Cli.Tests;

/// <summary>Stands in for the node API behind the agent: each datacenter of a spec is one node; jobs end DONE unless failing.</summary>
internal sealed class AgentCliDispatcher : ISpecDispatcher
{
    private long _nextJobId;

    public HashSet<string> FailingSpecs { get; } = new(StringComparer.Ordinal);

    public Task<IReadOnlyList<string>> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(spec.Datacenters.Keys.ToArray());

    public Task<DispatchResult> DispatchAsync(SpecDispatch dispatch, CancellationToken cancellationToken)
    {
        var targets = dispatch.Spec.Datacenters.Keys.Select(dc => new TargetResult(dc, Interlocked.Increment(ref _nextJobId), TargetState.Queued)).ToArray();
        return Task.FromResult(new DispatchResult(targets));
    }

    /// <summary>No tree to read: the engine's reconcile has nothing to compare with and is skipped.</summary>
    public Task<ObservedTree?> ObserveAsync(CancellationToken cancellationToken) => Task.FromResult<ObservedTree?>(null);

    public Task<IReadOnlyList<TargetResult>> WaitAsync(JobFollowUp followUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var failing = FailingSpecs.Contains(followUp.SpecPath);
        IReadOnlyList<TargetResult> ended = followUp.Targets
            .Select(target => target with { State = failing ? TargetState.Failed : TargetState.Succeeded, Error = failing ? "errlevel 1" : null })
            .ToArray();
        return Task.FromResult(ended);
    }
}
