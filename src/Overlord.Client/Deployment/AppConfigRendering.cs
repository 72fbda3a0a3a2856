using Overlord.Core;
using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>
/// What rendering an appConfig spec gave (reference 6.5): the directorProject or vmJail spec to deploy, its YAML, and
/// the node whose template was used; or why it could not be rendered. <see cref="Warnings"/> name the nodes whose
/// template could not be read before one could.
/// </summary>
public sealed record AppConfigRendering
{
    /// <summary>The rendered spec, with the appConfig file's datacenters, deployIn and maximumDeployments; null when refused or nothing was selected.</summary>
    public Spec? Spec { get; init; }

    /// <summary>The text the template rendered to.</summary>
    public string? Text { get; init; }

    /// <summary>The node the template was read from.</summary>
    public DeployTarget? Source { get; init; }

    /// <summary>The nodes the appConfig spec selects, and those that did not answer.</summary>
    public NodeSelection Selection { get; init; } = new();

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why nothing can be deployed: the template is nowhere, does not render, or renders a spec that is refused.</summary>
    public string? Refusal { get; init; }

    /// <summary>The exit code the refusal calls for: 70 for a template or rendered spec that fails, 78 for a nested appConfig, 66 for a template that no node has.</summary>
    public int RefusalExitCode { get; init; } = ExitCodes.Software;
}
