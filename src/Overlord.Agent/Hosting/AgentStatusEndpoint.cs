using Microsoft.AspNetCore.Http;
using Overlord.Agent.Api;
using Overlord.Agent.Coordination;
using Overlord.Agent.Git;
using Overlord.Agent.Planning;
using Overlord.Agent.Store;
using Overlord.Core.Config;

namespace Overlord.Agent.Hosting;

/// <summary><c>GET /v1/agent/status</c>: the last applied commit, the last sync, a pending plan, inventory counts.</summary>
internal static class AgentStatusEndpoint
{
    public static async Task HandleAsync(HttpContext context, AgentConfig config, AgentStore store, SyncCoordinator coordinator)
    {
        var cancellationToken = context.RequestAborted;
        var inventory = await store.GetInventoryAsync(cancellationToken);
        var history = await store.GetHistoryAsync(1, cancellationToken);
        var lastSync = history.Count > 0 ? history[0] : null;
        var pending = await store.GetPendingPlanAsync(cancellationToken);
        var status = new AgentStatusView
        {
            Repository = UrlCredentials.Redact(config.Repository),
            Branch = config.Branch,
            LastAppliedCommit = await store.GetLastAppliedAsync(cancellationToken),
            RunningSyncId = coordinator.CurrentSyncId,
            LastSync = lastSync is null ? null : SyncHistoryView.From(lastSync),
            PendingPlan = pending is null ? null : new PendingPlanView(
                pending.SyncId, pending.TargetCommit, pending.Trigger.Text, pending.Steps.Count,
                pending.Steps.Count(step => step.Status is StepStatus.Pending or StepStatus.Dispatched)),
            Inventory = new InventoryCountsView(
                inventory.Count(entry => entry.Status == InventoryStatus.Deployed),
                inventory.Count(entry => entry.Status == InventoryStatus.Orphaned),
                inventory.Count(entry => entry.LastResult == "failed")),
        };
        await AgentResponses.WriteAsync(context, StatusCodes.Status200OK, status);
    }
}
