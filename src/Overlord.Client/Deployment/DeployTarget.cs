using Overlord.Core.Specs;

namespace Overlord.Client.Deployment;

/// <summary>
/// A node a spec is deployed to: its datacenter, its chain path below the datacenter's entry node (null for
/// that node itself) and the labels it reported. Printed as <c>main.alpha.charlie</c> or <c>main.(root)</c>.
/// </summary>
public sealed record DeployTarget(string Datacenter, string? Chain, IReadOnlyList<string> Labels)
{
    /// <summary>How the entry node of a datacenter is named where a chain path would stand.</summary>
    public const string RootName = "(root)";

    /// <summary>The same node as a candidate of <see cref="TargetSelector"/>.</summary>
    public TargetCandidate ToCandidate() => new(Datacenter, Chain, Labels);

    /// <inheritdoc />
    public override string ToString() => $"{Datacenter}.{Chain ?? RootName}";
}
