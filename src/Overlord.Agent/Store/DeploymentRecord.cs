using Overlord.Core.Specs;

namespace Overlord.Agent.Store;

/// <summary>
/// One spec on one node as the agent last deployed it (issue 9): the commit, the content hashes of what shaped the
/// deployment there, and how the last attempt ended. A null hash is adopted at the next reconcile: the row was
/// written by a plan that did not know it (a commit's own sync, or a plan resumed after a crash).
/// </summary>
public sealed record DeploymentRecord
{
    public required string SpecPath { get; init; }

    /// <summary>The node as notes name it: <c>main</c>, <c>main.eu</c>.</summary>
    public required string Target { get; init; }

    public required SpecKind Kind { get; init; }

    /// <summary>The project or VM on the node (for an appConfig spec, the one its template rendered); null for metadata.</summary>
    public string? Name { get; init; }

    /// <summary>The commit the spec was read from for the last attempt.</summary>
    public required string SpecCommit { get; init; }

    /// <summary>The spec as substituted for this node (environment, labelsEnvironment, chainsEnvironment).</summary>
    public string? SpecHash { get; init; }

    /// <summary>The metadata values the deployment reads on this node.</summary>
    public string? ReadsHash { get; init; }

    public DeploymentState State { get; init; }

    public string? Error { get; init; }

    /// <summary>Failed attempts in a row at this commit; zero once synced.</summary>
    public int Attempts { get; init; }

    public DateTimeOffset? NextAttemptAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
