namespace Overlord.Client.Deployment;

/// <summary>How many nodes <see cref="SpecDeployer"/> talks to at once, how it follows jobs and how it renders appConfig specs.</summary>
public sealed record SpecDeployerOptions
{
    /// <summary>Targets dispatched at the same time (results are still reported in target order).</summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>The longest <see cref="SpecDeployer.WaitAsync"/> follows jobs before reporting them timed out.</summary>
    public TimeSpan WaitTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The first pause between two looks at a job; it grows by half each time up to <see cref="MaxPollDelay"/>.</summary>
    public TimeSpan FirstPollDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxPollDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How appConfig templates are rendered.</summary>
    public AppConfigOptions AppConfig { get; init; } = new();

    /// <summary>
    /// Only these nodes, named <c>datacenter.chain</c> (the datacenter alone for its entry node); null for every node
    /// the spec selects. The GitOps agent acts only on the nodes that differ from the branch.
    /// </summary>
    public IReadOnlySet<string>? OnlyTargets { get; init; }

    /// <summary>With <see cref="OnlyTargets"/>: use them whatever their labels say now (a destroy where a label was removed).</summary>
    public bool AnyLabels { get; init; }

    /// <summary>Labels trees asked once and kept (the GitOps agent keeps them for one sync); null asks for each spec.</summary>
    public LabelTrees? LabelTrees { get; init; }

    /// <summary>The clock of the pauses and of the wait timeout; tests replace it.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
