using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>
/// One spec on one node as the branch says it should be (issue 9): the node as notes name it, where it is in the
/// tree, and the content hashes of what shapes the deployment there.
/// </summary>
public sealed record DesiredDeployment
{
    public required string SpecPath { get; init; }

    public required Spec Spec { get; init; }

    /// <summary>The node as notes name it: <c>main</c>, <c>main.eu</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The chain path below the agent's node ("" for that node).</summary>
    public required string Chain { get; init; }

    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>False when the node did not answer the tree read (its labels are the ones it last had).</summary>
    public bool Reachable { get; init; } = true;

    /// <summary>The spec after substitution for this node (the printed spec and the project's merged environment).</summary>
    public required string SpecHash { get; init; }

    /// <summary>The metadata values the deployment reads on this node (every key when its reads cannot be known).</summary>
    public required string ReadsHash { get; init; }

    public SpecKind Kind => Spec.Kind;

    /// <summary>The project or VM on the node, when the tree shows it (a directorProject without autoScale, a vmJail).</summary>
    public string? ObservableName => Spec switch
    {
        DirectorProjectSpec { AutoScale: null } project => project.ProjectName,
        VmJailSpec vm => vm.VmName,
        _ => null,
    };
}
