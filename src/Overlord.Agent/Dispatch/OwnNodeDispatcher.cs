using Overlord.Agent.Planning;
using Overlord.Client;
using Overlord.Client.Deployment;
using Overlord.Core.Specs;

namespace Overlord.Agent.Dispatch;

/// <summary>
/// Dispatches through the shared <see cref="SpecDeployer"/>, with every datacenter of every spec mapped to the agent's
/// own node (the entrypoints and tokens written in the specs are not used). Targets are named as notes name them:
/// <c>main</c> for a datacenter's entry node, <c>main.alpha</c> below it. Delivery is at least once: a step whose
/// answer was lost in a crash is sent again when its plan resumes.
/// </summary>
public sealed class OwnNodeDispatcher : ISpecDispatcher
{
    private readonly Func<OverlordClient> _ownNode;
    private readonly TimeProvider _timeProvider;

    public OwnNodeDispatcher(Func<OverlordClient> ownNode, TimeProvider timeProvider)
    {
        _ownNode = ownNode;
        _timeProvider = timeProvider;
    }

    public async Task<IReadOnlyList<string>> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken)
    {
        var selection = await Deployer(null).ResolveTargetsAsync(spec, cancellationToken);
        return selection.Targets.Select(NameOf).ToArray();
    }

    public async Task<DispatchResult> DispatchAsync(SpecDispatch dispatch, CancellationToken cancellationToken)
    {
        var deployer = Deployer(null);
        var report = dispatch.Action == StepAction.Destroy
            ? await deployer.DestroyAsync(dispatch.Spec, force: false, cancellationToken: cancellationToken)
            : await deployer.ApplyAsync(dispatch.Spec, restart: false, cancellationToken: cancellationToken);
        if (report.Refusal is { } refusal)
        {
            return DispatchResult.Failed(refusal);
        }

        var targets = report.Steps.GroupBy(step => NameOf(step.Target), StringComparer.Ordinal).Select(Combine).ToList();
        targets.AddRange(report.Failures.Select(failure => new TargetResult(NameOf(failure.Datacenter, failure.Chain), null, TargetState.Failed, failure.Message)));
        return new DispatchResult(targets);
    }

    public async Task<IReadOnlyList<TargetResult>> WaitAsync(JobFollowUp followUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var action = (followUp.Kind, followUp.Action) switch
        {
            (SpecKind.VmJail, StepAction.Destroy) => DeployAction.VmDown,
            (SpecKind.VmJail, _) => DeployAction.VmCreate,
            (_, StepAction.Destroy) => DeployAction.ProjectDown,
            _ => DeployAction.ProjectUp,
        };
        var queued = followUp.Targets.Where(target => target.State == TargetState.Queued && target.JobId is not null).ToList();
        var steps = queued.Select(target => new DeployStep(TargetOf(target.Chain), action, followUp.Name ?? "", target.JobId)).ToList();
        var outcomes = await Deployer(timeout).WaitAsync(steps, null, cancellationToken);
        var ended = new Dictionary<TargetResult, TargetResult>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < queued.Count && i < outcomes.Count; i++)
        {
            ended[queued[i]] = queued[i] with { State = StateOf(outcomes[i].State), Error = outcomes[i].Succeeded ? null : outcomes[i].Message };
        }

        return followUp.Targets.Select(target => ended.GetValueOrDefault(target) ?? target).ToArray();
    }

    private SpecDeployer Deployer(TimeSpan? waitTimeout)
    {
        var options = new SpecDeployerOptions { TimeProvider = _timeProvider };
        return new SpecDeployer(_ => _ownNode(), waitTimeout is { } timeout ? options with { WaitTimeout = timeout } : options);
    }

    /// <summary>One line per node: failed when any request failed, queued while a job runs, else done.</summary>
    private static TargetResult Combine(IGrouping<string, DeployStep> steps)
    {
        var job = steps.FirstOrDefault(step => step.JobId is not null)?.JobId;
        if (steps.FirstOrDefault(step => !step.Succeeded) is { } failed)
        {
            return new TargetResult(steps.Key, job, TargetState.Failed, failed.Error);
        }

        return new TargetResult(steps.Key, job, job is null ? TargetState.Succeeded : TargetState.Queued);
    }

    private static TargetState StateOf(DeployState state) => state switch
    {
        DeployState.Completed => TargetState.Succeeded,
        DeployState.TimedOut => TargetState.TimedOut,
        _ => TargetState.Failed,
    };

    private static string NameOf(DeployTarget target) => NameOf(target.Datacenter, target.Chain);

    private static string NameOf(string datacenter, string? chain) => chain is null ? datacenter : $"{datacenter}.{chain}";

    private static DeployTarget TargetOf(string name) =>
        name.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? new DeployTarget(name[..dot], name[(dot + 1)..], []) : new DeployTarget(name, null, []);
}
