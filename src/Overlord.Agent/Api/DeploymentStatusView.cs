using Overlord.Agent.Store;

namespace Overlord.Agent.Api;

/// <summary>
/// One spec on one node as <c>agent-status</c>, <c>diff</c> and <c>sync --dry-run</c> show it (issue 9); <c>status</c> is one
/// of synced, out_of_sync, progressing, failed, unreachable, orphaned.
/// </summary>
public sealed record DeploymentStatusView(
    string Spec, string Node, string Status, string? Commit, string? Hash, string? Reason, string? Error, DateTimeOffset? NextRetry)
{
    public static DeploymentStatusView From(PairStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(status.SpecPath, status.Target, status.Status.ToText(), status.Commit, status.Hash, status.Reason, status.Error, status.NextRetry);
    }
}
