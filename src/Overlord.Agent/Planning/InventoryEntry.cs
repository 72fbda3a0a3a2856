using Overlord.Core.Specs;

namespace Overlord.Agent.Planning;

/// <summary>One spec the agent deployed: where, from which commit, and what it read besides itself.</summary>
public sealed record InventoryEntry
{
    public required string SpecPath { get; init; }

    public required SpecKind Kind { get; init; }

    /// <summary>The project, VM or app name; null for metadata.</summary>
    public string? Name { get; init; }

    /// <summary>The chain paths of the nodes it was sent to (empty string: the agent's own node).</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>The newest commit this spec was applied at.</summary>
    public required string LastAppliedCommit { get; init; }

    public InventoryStatus Status { get; init; } = InventoryStatus.Deployed;

    /// <summary>Included files, repository-relative; a change of one re-applies the spec.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>How its last step ended (<c>succeeded</c>, <c>failed</c>).</summary>
    public string? LastResult { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
