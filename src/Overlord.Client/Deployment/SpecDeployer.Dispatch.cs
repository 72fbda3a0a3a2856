using Overlord.Client.Tree;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>Sending each target its requests: several at once, reported in target order, within <c>maximumDeployments</c>.</summary>
public sealed partial class SpecDeployer
{
    private delegate Task<IReadOnlyList<DeployStep>> TargetWork(DeployTarget target, CancellationToken cancellationToken);

    /// <summary>Resolves the targets, keeps those <paramref name="keep"/> accepts and runs <paramref name="work"/> on each.</summary>
    private async Task<DeploymentReport> DeployAsync(
        Spec spec,
        Func<IReadOnlyList<DeployTarget>, IReadOnlyList<DeployTarget>> keep,
        TargetWork work,
        long maximum,
        IProgress<DeployEvent>? progress,
        CancellationToken cancellationToken)
    {
        var resolution = await ResolveScopedAsync(spec, cancellationToken);
        var targets = keep(resolution.Targets);
        var steps = new List<DeployStep>();
        long deployments = 0;
        var next = 0;
        var reached = false;
        while (next < targets.Count && !reached)
        {
            var size = maximum == 0
                ? targets.Count - next
                : DeployPlanner.WaveSize(maximum - deployments, DeployPlanner.UnitsPerTarget(spec), _options.MaxConcurrency);
            var wave = targets.Skip(next).Take(size).ToList();
            next += wave.Count;
            await RunInOrderAsync(wave, work, results =>
            {
                foreach (var step in results)
                {
                    steps.Add(step);
                    deployments += step.Succeeded ? 1 : 0;
                    progress?.Report(DeployEvent.Dispatched(step));
                }
            }, cancellationToken);
            reached = maximum > 0 && deployments >= maximum;
        }

        return new DeploymentReport
        {
            Steps = steps,
            Failures = KeptFailures(resolution.Failures, keep),
            UnreachableDatacenters = resolution.UnreachableDatacenters,
            TargetCount = targets.Count,
            Deployments = deployments,
            MaximumReached = reached && next < targets.Count,
        };
    }

    /// <summary>The selected nodes, narrowed to <see cref="SpecDeployerOptions.OnlyTargets"/> when it is set.</summary>
    private async Task<NodeSelection> ResolveScopedAsync(Spec spec, CancellationToken cancellationToken)
    {
        if (_options.OnlyTargets is not { } only)
        {
            return await ResolveTargetsAsync(spec, cancellationToken);
        }

        var selection = await CollectAsync(spec, TreeResource.Labels, null, allLabels: _options.AnyLabels, cancellationToken);
        return selection with
        {
            Nodes = selection.Nodes.Where(node => only.Contains(NameOf(node.Target.Datacenter, node.Target.Chain))).ToList(),
            Failures = selection.Failures.Where(failure => only.Contains(NameOf(failure.Datacenter, failure.Chain))).ToList(),
        };
    }

    /// <summary>
    /// The nodes that did not answer and that <paramref name="keep"/> would have kept, so that destroy's and
    /// cancel's <c>--filter-chain</c> do not warn about, or fail <c>--wait</c> on, a chain they leave out (issue 10).
    /// A failed entry point is always kept: nothing below it was seen.
    /// </summary>
    private static List<NodeFailure> KeptFailures(IReadOnlyList<NodeFailure> failures, Func<IReadOnlyList<DeployTarget>, IReadOnlyList<DeployTarget>> keep)
    {
        var kept = keep([.. failures.Select(failure => new DeployTarget(failure.Datacenter, failure.Chain, []))])
            .Select(target => NameOf(target.Datacenter, target.Chain))
            .ToHashSet(StringComparer.Ordinal);
        return [.. failures.Where(failure => failure.AtEntrypoint || kept.Contains(NameOf(failure.Datacenter, failure.Chain)))];
    }

    private static string NameOf(string datacenter, string? chain) => chain is null ? datacenter : $"{datacenter}.{chain}";

    /// <summary>Runs the work of every target, at most <see cref="SpecDeployerOptions.MaxConcurrency"/> at once, and hands
    /// each target's steps to <paramref name="onResult"/> in target order as soon as it and those before it are done.</summary>
    private async Task RunInOrderAsync(
        IReadOnlyList<DeployTarget> targets, TargetWork work, Action<IReadOnlyList<DeployStep>> onResult, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, _options.MaxConcurrency));
        var running = targets.Select(async target =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await work(target, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();

        try
        {
            foreach (var task in running)
            {
                onResult(await task);
            }
        }
        finally
        {
            // Never leave work running behind a failure: let every task end before the gate is disposed.
            await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        }
    }
}
