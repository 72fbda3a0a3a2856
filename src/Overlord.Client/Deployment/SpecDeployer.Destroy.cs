using Overlord.Client.Contract;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>destroy and cancel, with the original's chain filters.</summary>
public sealed partial class SpecDeployer
{
    /// <summary>
    /// Destroys what <paramref name="spec"/> deployed on the nodes it selects: a project is sent down, or, where
    /// the node autoscales it, its cleanup metadata is written; metadata keys and the namespace are deleted; a
    /// VM's project is sent down. With <paramref name="filterChains"/>, only those chain paths are used, and the
    /// entry node only with <paramref name="filterRootChain"/>. An appConfig spec destroys the spec its template renders.
    /// </summary>
    public Task<DeploymentReport> DestroyAsync(
        Spec spec,
        bool force,
        IReadOnlyCollection<string>? filterChains = null,
        bool filterRootChain = false,
        IProgress<DeployEvent>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (DeployRefusals.ForDestroy(spec) is { } refusal)
        {
            return Task.FromResult(DeploymentReport.Refuse(refusal));
        }

        if (spec is AppConfigSpec app)
        {
            return DeployRenderedAsync(app, rendered => DestroyAsync(rendered, force, filterChains, filterRootChain, progress, cancellationToken), cancellationToken);
        }

        TargetWork work = spec switch
        {
            DirectorProjectSpec project => (target, ct) => DestroyProjectAsync(project, target, force, ct),
            MetadataSpec metadata => (target, ct) => DeleteMetadataAsync(metadata, target, ct),
            VmJailSpec vm => (target, ct) => DownAsync(target, DeployAction.VmDown, vm.VmName, new ProjectDownRequest { Force = force }, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "no destroy for this kind"),
        };
        var chains = filterChains ?? [];
        return DeployAsync(spec, targets => DeployPlanner.FilterForDestroy(targets, chains, filterRootChain), work, 0, progress, cancellationToken);
    }

    /// <summary>Asks the selected nodes to stop a running up of the project or VM; with <paramref name="filterChains"/>,
    /// only on those chain paths (never the entry node). An appConfig spec cancels the spec its template renders.</summary>
    public Task<DeploymentReport> CancelAsync(
        Spec spec, IReadOnlyCollection<string>? filterChains = null, IProgress<DeployEvent>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (DeployRefusals.ForCancel(spec) is { } refusal)
        {
            return Task.FromResult(DeploymentReport.Refuse(refusal));
        }

        if (spec is AppConfigSpec app)
        {
            return DeployRenderedAsync(app, rendered => CancelAsync(rendered, filterChains, progress, cancellationToken), cancellationToken);
        }

        var name = spec is VmJailSpec vm ? vm.VmName : ((DirectorProjectSpec)spec).ProjectName;
        var chains = filterChains ?? [];
        return DeployAsync(spec, targets => DeployPlanner.FilterForCancel(targets, chains), (target, ct) => CancelOnAsync(target, name, ct), 0, progress, cancellationToken);
    }

    private async Task<IReadOnlyList<DeployStep>> DestroyProjectAsync(DirectorProjectSpec spec, DeployTarget target, bool force, CancellationToken cancellationToken)
    {
        var client = ClientFor(target);
        var environment = await EnvironmentForAsync(spec, target, client, cancellationToken);
        if (!environment.IsSuccess)
        {
            return [DeployStep.Failed(target, DeployAction.ProjectDown, spec.ProjectName, environment.Error)];
        }

        var autoscaled = await client.MetadataExistsAsync(DeployPlanner.AutoscaleKey(spec.ProjectName), cancellationToken);
        if (!autoscaled.IsSuccess)
        {
            return [DeployStep.Failed(target, DeployAction.ProjectDown, spec.ProjectName, autoscaled, "cannot tell whether the project is autoscaled: ")];
        }

        if (!autoscaled.Value)
        {
            return await DownAsync(target, DeployAction.ProjectDown, spec.ProjectName, new ProjectDownRequest { Force = force, Environment = environment.Value }, cancellationToken);
        }

        var key = DeployPlanner.AutoscaleCleanupKey(spec.ProjectName);
        var written = await client.SetMetadataAsync(key, DeployPlanner.CleanupMetadata(force), cancellationToken);
        return [DeployStep.Done(target, DeployAction.AutoscaleCleanup, key, written)];
    }

    private async Task<IReadOnlyList<DeployStep>> DownAsync(
        DeployTarget target, DeployAction action, string name, ProjectDownRequest request, CancellationToken cancellationToken)
    {
        var down = await ClientFor(target).DownProjectAsync(name, request, cancellationToken);
        return [DeployStep.Queued(target, action, name, down)];
    }

    private async Task<IReadOnlyList<DeployStep>> DeleteMetadataAsync(MetadataSpec spec, DeployTarget target, CancellationToken cancellationToken)
    {
        var client = ClientFor(target);
        var steps = new List<DeployStep>();
        foreach (var key in spec.EffectiveMetadata().Keys)
        {
            var deleted = await client.DeleteMetadataAsync(key, cancellationToken);
            steps.Add(DeployStep.Done(target, DeployAction.MetadataDelete, key, deleted));
        }

        if (spec.Namespace is { } space)
        {
            var deleted = await client.DeleteNamespaceAsync(space.Name, cancellationToken);
            steps.Add(DeployStep.Done(target, DeployAction.NamespaceDelete, space.Name, deleted));
        }

        return steps;
    }

    private async Task<IReadOnlyList<DeployStep>> CancelOnAsync(DeployTarget target, string name, CancellationToken cancellationToken)
    {
        var cancelled = await ClientFor(target).CancelProjectAsync(name, cancellationToken);
        return [DeployStep.Queued(target, DeployAction.ProjectCancel, name, cancelled)];
    }
}
