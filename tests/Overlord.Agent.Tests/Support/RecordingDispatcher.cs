using System.Collections.Concurrent;
using Overlord.Agent.Convergence;
using Overlord.Agent.Dispatch;
using Overlord.Agent.Planning;
using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Agent.Tests.Support;

/// <summary>
/// Stands in for the node API in engine tests: every datacenter of a spec is one target that answers with a new job
/// id, and every job ends DONE unless the test says otherwise. Records what was sent and followed.
/// </summary>
public sealed class RecordingDispatcher : ISpecDispatcher
{
    private long _nextJobId;

    public RecordingDispatcher(long firstJobId = 1)
    {
        _nextJobId = firstJobId - 1;
    }

    public ConcurrentQueue<(string SpecPath, StepAction Action, Spec Spec)> Dispatched { get; } = new();

    public ConcurrentQueue<JobFollowUp> Followed { get; } = new();

    /// <summary>Spec paths whose jobs end FAILED.</summary>
    public HashSet<string> FailingSpecs { get; } = new(StringComparer.Ordinal);

    /// <summary>Spec paths whose dispatch is refused as a whole: no node answers, as when the spec cannot be sent at all.</summary>
    public HashSet<string> RefusedSpecs { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs before each dispatch is answered (a test can cancel the sync there, as a kill would).</summary>
    public Action<string>? BeforeDispatch { get; set; }

    /// <summary>When set, every dispatch waits here until the sync is cancelled (a node that never answers).</summary>
    public bool Hang { get; set; }

    public IEnumerable<string> DispatchedPaths => Dispatched.Select(entry => entry.SpecPath);

    public Task<IReadOnlyList<string>> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(spec.Datacenters.Keys.ToArray());

    public async Task<DispatchResult> DispatchAsync(SpecDispatch dispatch, CancellationToken cancellationToken)
    {
        BeforeDispatch?.Invoke(dispatch.SpecPath);
        if (Hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Dispatched.Enqueue((dispatch.SpecPath, dispatch.Action, dispatch.Spec));
        if (RefusedSpecs.Contains(dispatch.SpecPath))
        {
            return DispatchResult.Failed("refused: the spec cannot be sent");
        }

        var targets = dispatch.Spec.Datacenters.Keys
            .Select(datacenter => new TargetResult(datacenter, Interlocked.Increment(ref _nextJobId), TargetState.Queued))
            .ToArray();
        return new DispatchResult(targets);
    }

    /// <summary>What <see cref="ObserveAsync"/> answers; null (the default) skips the engine's reconcile, as a node that does not answer would.</summary>
    public ObservedTree? Tree { get; set; }

    public Task<ObservedTree?> ObserveAsync(CancellationToken cancellationToken) => Task.FromResult(Tree);

    public Task<IReadOnlyList<TargetResult>> WaitAsync(JobFollowUp followUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Followed.Enqueue(followUp);
        var failing = FailingSpecs.Contains(followUp.SpecPath);
        IReadOnlyList<TargetResult> ended = followUp.Targets
            .Select(target => target with { State = failing ? TargetState.Failed : TargetState.Succeeded, Error = failing ? "errlevel 1" : null })
            .ToArray();
        return Task.FromResult(ended);
    }
}
