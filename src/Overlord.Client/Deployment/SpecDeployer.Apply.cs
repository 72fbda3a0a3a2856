using Overlord.Client.Contract;
using Overlord.Core.Results;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>apply: a project is sent up (or its autoscale metadata is written), metadata and namespaces are written, a VM is created.</summary>
public sealed partial class SpecDeployer
{
    /// <summary>
    /// Deploys <paramref name="spec"/> to every node it selects, several at once, stopping once
    /// <c>maximumDeployments</c> is reached. A node that fails does not stop the others. A readOnly spec is
    /// refused (<see cref="DeploymentReport.Refusal"/>) before anything is sent; an appConfig spec is rendered
    /// first (<see cref="RenderAppConfigAsync"/>) and the spec it renders is applied.
    /// </summary>
    public Task<DeploymentReport> ApplyAsync(Spec spec, bool restart, IProgress<DeployEvent>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (DeployRefusals.ForApply(spec) is { } refusal)
        {
            return Task.FromResult(DeploymentReport.Refuse(refusal));
        }

        if (spec is AppConfigSpec app)
        {
            return DeployRenderedAsync(app, rendered => ApplyAsync(rendered, restart, progress, cancellationToken), cancellationToken);
        }

        TargetWork work = spec switch
        {
            DirectorProjectSpec project => (target, ct) => ApplyProjectAsync(project, target, restart, ct),
            MetadataSpec metadata => (target, ct) => WriteMetadataAsync(metadata, target, ct),
            VmJailSpec vm => (target, ct) => CreateVmAsync(vm, target, restart, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "no apply for this kind"),
        };
        return DeployAsync(spec, targets => targets, work, spec.MaximumDeployments, progress, cancellationToken);
    }

    private async Task<IReadOnlyList<DeployStep>> ApplyProjectAsync(DirectorProjectSpec spec, DeployTarget target, bool restart, CancellationToken cancellationToken)
    {
        var client = ClientFor(target);
        var action = spec.AutoScale is null ? DeployAction.ProjectUp : DeployAction.AutoscaleWrite;
        var name = spec.AutoScale is null ? spec.ProjectName : DeployPlanner.AutoscaleKey(spec.ProjectName);
        var environmentRead = await EnvironmentForAsync(spec, target, client, cancellationToken);
        if (!environmentRead.IsSuccess)
        {
            return [DeployStep.Failed(target, action, name, environmentRead.Error)];
        }

        var environment = environmentRead.Value;

        var projectFile = spec.ProjectFile ?? "";
        if (spec.ProjectFromMetadata is { } key)
        {
            var fetched = await client.GetMetadataAsync(key, cancellationToken);
            if (!fetched.IsSuccess)
            {
                return [DeployStep.Failed(target, action, name, fetched, $"cannot read the project file from metadata '{key}': ")];
            }

            projectFile = fetched.Value;
        }

        if (spec.AutoScale is not null)
        {
            var value = DeployPlanner.AutoscaleMetadata(spec, projectFile, environment);
            var written = await client.SetMetadataAsync(name, value, cancellationToken);
            return [DeployStep.Done(target, action, name, written)];
        }

        var request = new ProjectUpRequest { DirectorFile = projectFile, Environment = environment, Restart = restart, ReservePort = spec.ReservePort };
        var up = await client.UpProjectAsync(spec.ProjectName, request, cancellationToken);
        return [DeployStep.Queued(target, action, name, up)];
    }

    /// <summary>The project's environment on one node, with <c>environFromMetadata</c> read from that node.</summary>
    private static async Task<Result<IReadOnlyDictionary<string, string>>> EnvironmentForAsync(
        DirectorProjectSpec spec, DeployTarget target, OverlordClient client, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string>? fromMetadata = null;
        if (spec.EnvironFromMetadata is { } key)
        {
            var fetched = await client.GetMetadataAsync(key, cancellationToken);
            if (!fetched.IsSuccess)
            {
                return Result.Failure<IReadOnlyDictionary<string, string>>(
                    fetched.ToError().Code, $"cannot read the environment from metadata '{key}': {fetched.Describe()}");
            }

            var parsed = MetadataEnvironment.Parse(fetched.Value, key);
            if (!parsed.IsSuccess)
            {
                return parsed;
            }

            fromMetadata = parsed.Value;
        }

        return Result.Success(ProjectEnvironment.Merge(spec, target.Labels, target.Chain, target.Datacenter, fromMetadata));
    }

    private async Task<IReadOnlyList<DeployStep>> WriteMetadataAsync(MetadataSpec spec, DeployTarget target, CancellationToken cancellationToken)
    {
        var client = ClientFor(target);
        var steps = new List<DeployStep>();
        foreach (var (key, value) in spec.EffectiveMetadata())
        {
            var written = await client.SetMetadataAsync(key, value, cancellationToken);
            steps.Add(DeployStep.Done(target, DeployAction.MetadataWrite, key, written));
        }

        if (spec.Namespace is { } space)
        {
            var written = await client.SetNamespaceAsync(space.Name, DeployPlanner.NamespaceMapping(spec), cancellationToken);
            steps.Add(DeployStep.Done(target, DeployAction.NamespaceWrite, space.Name, written));
        }

        return steps;
    }

    private async Task<IReadOnlyList<DeployStep>> CreateVmAsync(VmJailSpec spec, DeployTarget target, bool restart, CancellationToken cancellationToken)
    {
        var created = await ClientFor(target).CreateVmAsync(spec.VmName, DeployPlanner.VmProfile(spec, restart), cancellationToken);
        return [DeployStep.Queued(target, DeployAction.VmCreate, spec.VmName, created)];
    }
}
