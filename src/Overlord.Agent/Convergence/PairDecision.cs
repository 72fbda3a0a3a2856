using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Specs;

namespace Overlord.Agent.Convergence;

/// <summary>What a reconcile does about one spec on one node: an action (or none), the status it reports, and why.</summary>
internal sealed record PairDecision
{
    public required string SpecPath { get; init; }

    public required string Target { get; init; }

    public required SpecKind Kind { get; init; }

    public string? Name { get; init; }

    /// <summary>The commit the spec is read from if the action runs.</summary>
    public required string SpecCommit { get; init; }

    public StepAction? Action { get; init; }

    public required ConvergenceStatus Status { get; init; }

    public string? Reason { get; init; }

    public string? Error { get; init; }

    public string? Hash { get; init; }

    public DateTimeOffset? NextRetry { get; init; }

    public PairStatus ToStatus() => new()
    {
        SpecPath = SpecPath,
        Target = Target,
        Status = Status,
        Commit = SpecCommit,
        Hash = Hash,
        Reason = Status == ConvergenceStatus.Synced ? null : Reason,
        Error = Error,
        NextRetry = NextRetry,
    };
}
