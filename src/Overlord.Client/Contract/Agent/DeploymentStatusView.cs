namespace Overlord.Client.Contract;

/// <summary>
/// One spec on one node as <c>agent-status</c>, <c>diff</c> and <c>sync --dry-run</c> show it (issue 9); <c>status</c> is one
/// of synced, out_of_sync, progressing, failed, unreachable, orphaned.
/// </summary>
public sealed record DeploymentStatusView(
    string Spec, string Node, string Status, string? Commit, string? Hash, string? Reason, string? Error, DateTimeOffset? NextRetry);
