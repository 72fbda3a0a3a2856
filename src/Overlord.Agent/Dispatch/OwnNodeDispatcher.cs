using Overlord.Agent.Convergence;
using Overlord.Agent.Planning;
using Overlord.Client;
using Overlord.Client.Contract;
using Overlord.Client.Deployment;
using Overlord.Client.Tree;
using Overlord.Core.Environment;
using Overlord.Core.Specs;
using Overlord.Core.Templates;

namespace Overlord.Agent.Dispatch;

/// <summary>
/// Dispatches through the shared <see cref="SpecDeployer"/>, with every datacenter of every spec mapped to the agent's
/// own node (the entrypoints and tokens written in the specs are not used). Targets are named as notes name them:
/// <c>main</c> for a datacenter's entry node, <c>main.alpha</c> below it. Delivery is at least once: a step whose
/// answer was lost in a crash is sent again when its plan resumes. An appConfig spec is rendered from the node's
/// metadata as the CLI renders it, except that its template cannot include files: the agent has no lookup directory.
/// </summary>
public sealed class OwnNodeDispatcher : ISpecDispatcher
{
    public const string NoIncludes = "the GitOps agent has no template lookup directories; put the included text in the template itself";

    private readonly Func<OverlordClient> _ownNode;
    private readonly TimeProvider _timeProvider;
    private readonly AppConfigOptions _appConfig;

    /// <summary>The labels trees of this sync: each spec sent then costs its writes, not a labels lookup too.</summary>
    private LabelTrees _labelTrees = new();

    /// <param name="ownNode">The client of the agent's own node.</param>
    /// <param name="timeProvider">The clock of job waits.</param>
    /// <param name="environment">The values of <c>${NAME}</c> in the YAML appConfig templates render (the node's environment).</param>
    /// <param name="repositoryPath">Where specs seem to live: a rendered spec is read as if beside its appConfig file there.</param>
    public OwnNodeDispatcher(Func<OverlordClient> ownNode, TimeProvider timeProvider, IReadOnlyDictionary<string, string>? environment = null, string? repositoryPath = null)
    {
        _ownNode = ownNode;
        _timeProvider = timeProvider;
        _appConfig = new AppConfigOptions
        {
            Lookup = TemplateLookup.Refusing(NoIncludes),
            Variables = new VariableSource(environment ?? new Dictionary<string, string>()),
            WorkingDirectory = repositoryPath ?? Path.GetTempPath(),
        };
    }

    public void BeginSync() => _labelTrees = new LabelTrees();

    public async Task<IReadOnlyList<string>> ResolveTargetsAsync(Spec spec, CancellationToken cancellationToken)
    {
        var selection = await Deployer(null).ResolveTargetsAsync(spec, cancellationToken);
        return selection.Targets.Select(NameOf).ToArray();
    }

    public async Task<DispatchResult> DispatchAsync(SpecDispatch dispatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        var deployer = Deployer(null, dispatch);
        var failures = new List<TargetResult>();
        if (dispatch.Action == StepAction.Recreate)
        {
            // Down first (forced: a FAILED project goes too), its jobs followed to their end, then up where the down ended well.
            var down = await deployer.DestroyAsync(dispatch.Spec, force: true, cancellationToken: cancellationToken);
            if (down.Refusal is { } downRefusal)
            {
                return DispatchResult.Failed(downRefusal);
            }

            var ended = await deployer.WaitAsync(down.Steps.Where(step => step.HasJob).ToList(), null, cancellationToken);
            failures.AddRange(down.Steps.Where(step => !step.Succeeded).Select(step => new TargetResult(NameOf(step.Target), null, TargetState.Failed, "recreate: " + step.Error?.Message)));
            failures.AddRange(ended.Where(outcome => !outcome.Succeeded).Select(outcome =>
                new TargetResult(NameOf(outcome.Step.Target), outcome.Step.JobId, StateOf(outcome.State), "recreate: the down did not end well: " + outcome.Message)));
            failures.AddRange(down.Failures.Select(failure => new TargetResult(NameOf(failure.Datacenter, failure.Chain), null, TargetState.Failed, failure.Message) { Unreached = true }));
            var remaining = (dispatch.Targets ?? down.Steps.Select(step => NameOf(step.Target)).Distinct(StringComparer.Ordinal).ToList())
                .Where(target => failures.All(failure => failure.Chain != target))
                .ToList();
            if (remaining.Count == 0)
            {
                return new DispatchResult(failures);
            }

            deployer = Deployer(null, dispatch with { Targets = remaining });
        }

        var report = dispatch.Action == StepAction.Destroy
            ? await deployer.DestroyAsync(dispatch.Spec, force: false, cancellationToken: cancellationToken)
            : await deployer.ApplyAsync(dispatch.Spec, restart: false, cancellationToken: cancellationToken);
        if (report.Refusal is { } refusal)
        {
            return DispatchResult.Failed(refusal);
        }

        var targets = report.Steps.GroupBy(step => NameOf(step.Target), StringComparer.Ordinal)
            .Select(steps => Combine(steps) with { RenderedKind = report.RenderedSpec?.Kind, RenderedName = report.RenderedSpec is { } rendered ? SpecNames.DeployedName(rendered) : null })
            .ToList();
        targets.AddRange(report.Failures.Select(failure => new TargetResult(NameOf(failure.Datacenter, failure.Chain), null, TargetState.Failed, failure.Message) { Unreached = true }));
        targets.AddRange(failures);
        return new DispatchResult(targets);
    }

    public async Task<ObservedTree?> ObserveAsync(CancellationToken cancellationToken)
    {
        var answer = await _ownNode().GetTreeAsync(TreeResource.Projects, null, cancellationToken);
        if (!answer.IsSuccess)
        {
            return null;
        }

        var nodes = new List<ObservedNode>();
        foreach (var node in answer.Value.Nodes)
        {
            var chain = node.Chain ?? "";
            if (!node.Ok)
            {
                nodes.Add(ObservedNode.Unreachable(chain, node.Error?.Message ?? "the node gave no answer"));
                continue;
            }

            var projects = new Dictionary<string, ObservedProject>(StringComparer.Ordinal);
            foreach (var (name, info) in node.ReadData<TreeProjectsData>()?.Projects ?? new Dictionary<string, ProjectInfo>())
            {
                projects[name] = new ObservedProject(name, info.State, info.Locked ?? false);
            }

            nodes.Add(new ObservedNode(chain, node.Labels, true, null, projects));
        }

        return new ObservedTree(nodes);
    }

    public async Task<IReadOnlyList<TargetResult>> WaitAsync(JobFollowUp followUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var queued = followUp.Targets.Where(target => target.State == TargetState.Queued && target.JobId is not null).ToList();
        var steps = queued.Select(target => new DeployStep(
            TargetOf(target.Chain), ActionOf(target.RenderedKind ?? followUp.Kind, followUp.Action), target.RenderedName ?? followUp.Name ?? "", target.JobId)).ToList();
        var outcomes = await Deployer(timeout).WaitAsync(steps, null, cancellationToken);
        var ended = new Dictionary<TargetResult, TargetResult>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < queued.Count && i < outcomes.Count; i++)
        {
            ended[queued[i]] = queued[i] with { State = StateOf(outcomes[i].State), Error = outcomes[i].Succeeded ? null : outcomes[i].Message };
        }

        return followUp.Targets.Select(target => ended.GetValueOrDefault(target) ?? target).ToArray();
    }

    private SpecDeployer Deployer(TimeSpan? waitTimeout, SpecDispatch? dispatch = null)
    {
        var options = new SpecDeployerOptions
        {
            TimeProvider = _timeProvider,
            AppConfig = _appConfig with { SpecFile = dispatch?.SpecPath ?? _appConfig.SpecFile },
            OnlyTargets = dispatch?.Targets?.ToHashSet(StringComparer.Ordinal),
            AnyLabels = dispatch?.AnyLabels ?? false,
            LabelTrees = _labelTrees,
        };
        return new SpecDeployer(_ => _ownNode(), waitTimeout is { } timeout ? options with { WaitTimeout = timeout } : options);
    }

    /// <summary>What a queued job of a spec of <paramref name="kind"/> does, so its state can be looked up.</summary>
    private static DeployAction ActionOf(SpecKind kind, StepAction action) => (kind, action) switch
    {
        (SpecKind.VmJail, StepAction.Destroy) => DeployAction.VmDown,
        (SpecKind.VmJail, _) => DeployAction.VmCreate,
        (_, StepAction.Destroy) => DeployAction.ProjectDown,
        _ => DeployAction.ProjectUp,
    };

    /// <summary>One line per node: failed when any request failed, queued while a job runs, else done.</summary>
    private static TargetResult Combine(IGrouping<string, DeployStep> steps)
    {
        var job = steps.FirstOrDefault(step => step.JobId is not null)?.JobId;
        if (steps.FirstOrDefault(step => !step.Succeeded) is { } failed)
        {
            return new TargetResult(steps.Key, job, TargetState.Failed, failed.Error?.Message);
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
