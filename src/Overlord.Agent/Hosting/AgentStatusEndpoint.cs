using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Overlord.Agent.Api;
using Overlord.Agent.Coordination;
using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Client.Contract;
using Overlord.Core;
using Overlord.Core.Config;

namespace Overlord.Agent.Hosting;

/// <summary>
/// <c>GET /v1/agent/status</c>: the last applied commit and the commits after it on the branch, the last sync and the
/// failed ones, a pending plan, inventory counts, and every spec on every node with its status (issue 9).
/// </summary>
internal static class AgentStatusEndpoint
{
    private const int PendingCommitsShown = 50;

    public static async Task<IResult> HandleAsync(
        [FromServices] AgentConfig config, [FromServices] AgentStore store, [FromServices] SyncCoordinator coordinator, [FromServices] GitRepository git, CancellationToken cancellationToken)
    {
        var inventory = await store.GetInventoryAsync(cancellationToken);
        var history = await store.GetHistoryAsync(20, cancellationToken);
        var lastSync = history.Count > 0 ? history[0] : null;
        var pending = await store.GetPendingPlanAsync(cancellationToken);
        var statuses = await store.GetStatusesAsync(cancellationToken);
        var lastApplied = await store.GetLastAppliedAsync(cancellationToken);
        var head = await store.GetBranchHeadAsync(cancellationToken);
        var status = new AgentStatusView
        {
            Repository = UrlCredentials.Redact(config.Repository),
            Branch = config.Branch,
            LastAppliedCommit = lastApplied,
            BranchHead = head,
            PendingCommits = await PendingCommitsAsync(git, head, lastApplied, cancellationToken),
            RunningSyncId = coordinator.CurrentSyncId,
            LastSync = lastSync is null ? null : AgentViews.History(lastSync),
            FailedSyncs = history.Where(entry => entry.State is SyncState.Failed or SyncState.Errored or SyncState.Blocked).Take(5).Select(AgentViews.History).ToArray(),
            PendingPlan = pending is null ? null : new PendingPlanView(
                pending.SyncId, pending.TargetCommit, pending.Trigger.Text, pending.Steps.Count,
                pending.Steps.Count(step => step.Status is StepStatus.Pending or StepStatus.Dispatched)),
            Inventory = new InventoryCountsView(
                inventory.Count(entry => entry.Status == InventoryStatus.Deployed),
                inventory.Count(entry => entry.Status == InventoryStatus.Orphaned),
                (await store.GetFailedSpecsAsync(cancellationToken)).Count),
            Counts = Enum.GetValues<ConvergenceStatus>().ToDictionary(value => value.ToText(), value => statuses.Count(pair => pair.Status == value)),
            Nodes = (await store.GetKnownNodesAsync(cancellationToken)).Select(node => new KnownNodeView(node.Chain, node.Labels, node.LastSeen)).ToArray(),
            Deployments = statuses.Select(AgentViews.Deployment).ToArray(),
        };
        return AgentResponses.Json(StatusCodes.Status200OK, status);
    }

    /// <summary>The commits from the branch head back to the last applied one (first parents), when the cache clone has them.</summary>
    private static async Task<IReadOnlyList<PendingCommitView>> PendingCommitsAsync(GitRepository git, string? head, string? lastApplied, CancellationToken cancellationToken)
    {
        if (head is null || head == lastApplied)
        {
            return [];
        }

        try
        {
            if (!await git.CommitExistsAsync(head, cancellationToken))
            {
                return [new PendingCommitView(head, "(not fetched yet)", DateTimeOffset.UnixEpoch)];
            }

            var log = await git.FirstParentLogAsync(head, PendingCommitsShown, cancellationToken);
            return log.TakeWhile(commit => commit.Sha != lastApplied).Select(commit => new PendingCommitView(commit.Sha, commit.Subject, commit.CommittedAt)).ToArray();
        }
        catch (GitException)
        {
            return [];
        }
    }
}
