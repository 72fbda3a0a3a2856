using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>
/// What apply, destroy or cancel did: every step in target order, the nodes that did not answer, and
/// the datacenters that could not be reached at all. <see cref="Refusal"/> is set (and nothing was sent)
/// when the spec's kind cannot be used for the operation, or an appConfig spec cannot be rendered.
/// </summary>
public sealed record DeploymentReport
{
    public IReadOnlyList<DeployStep> Steps { get; init; } = [];

    public IReadOnlyList<NodeFailure> Failures { get; init; } = [];

    public IReadOnlyList<string> UnreachableDatacenters { get; init; } = [];

    /// <summary>How many nodes were selected.</summary>
    public int TargetCount { get; init; }

    /// <summary>Successful deployments as the original counted them: one per job, metadata key or namespace written.</summary>
    public long Deployments { get; init; }

    /// <summary>True when <c>maximumDeployments</c> stopped the deployment before every target was used.</summary>
    public bool MaximumReached { get; init; }

    /// <summary>Why the spec was not deployed at all, or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>The exit code the refusal calls for: 78 (EX_CONFIG) for a kind that cannot be used, others for appConfig (<see cref="AppConfigRendering.RefusalExitCode"/>).</summary>
    public int RefusalExitCode { get; init; } = ExitCodes.Config;

    /// <summary>Problems that did not stop the deployment, such as a node whose appConfig template could not be read.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>For an appConfig spec, the spec its template rendered: what was actually deployed.</summary>
    public Spec? RenderedSpec { get; init; }

    public bool Refused => Refusal is not null;

    /// <summary>A report for a spec that is refused before anything is sent.</summary>
    public static DeploymentReport Refuse(string reason) => new() { Refusal = reason };
}
