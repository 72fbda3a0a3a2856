using Overlord.Core.Specs;

namespace Overlord.Agent.Planning;

/// <summary>One spec in a plan: what to do, why, and from which commit to read the spec.</summary>
public sealed record PlannedStep
{
    public required string SpecPath { get; init; }

    public required StepAction Action { get; init; }

    public required SyncPhase Phase { get; init; }

    /// <summary>Null for a spec that does not load far enough to say.</summary>
    public SpecKind? Kind { get; init; }

    /// <summary>The project, VM or app name; null for metadata.</summary>
    public string? Name { get; init; }

    /// <summary>The commit the spec is read from when dispatched: the target, or for a destroy the commit it was last applied at.</summary>
    public required string SpecCommit { get; init; }

    /// <summary>Why the step is in the plan (<c>added</c>, <c>modified</c>, <c>env file .env changed</c>, <c>deleted</c>).</summary>
    public required string Reason { get; init; }

    /// <summary>For <see cref="StepAction.Invalid"/>: every problem, as <c>file:line:col: message</c>.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Files the spec read besides itself (included files), repository-relative.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>
    /// The nodes to act on, named as notes name them (<c>main</c>, <c>main.eu</c>); null for every node the spec
    /// selects. A reconcile acts only where a node differs from what the branch says.
    /// </summary>
    public IReadOnlyList<string>? Targets { get; init; }

    /// <summary>Act on <see cref="Targets"/> whatever their labels say now (a destroy where a label was removed).</summary>
    public bool AnyLabels { get; init; }
}
