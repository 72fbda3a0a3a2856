using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Overlord.Agent.Api;
using Overlord.Agent.Coordination;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;
using Overlord.Client.Contract;

namespace Overlord.Agent.Hosting;

/// <summary>
/// <c>POST /v1/agent/sync</c> <c>{revision?, dry_run, prune, allow_mass_prune, wait}</c>: queues a sync and answers
/// 202 with its id; with <c>dry_run</c> the plan, with <c>wait</c> the final result (200).
/// </summary>
internal static class AgentSyncEndpoint
{
    public static async Task HandleAsync(HttpContext context, SyncCoordinator coordinator)
    {
        // A small JSON object at most; an empty body means all defaults.
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        SyncRequestBody body;
        try
        {
            body = buffer.Length == 0 ? new SyncRequestBody() : JsonSerializer.Deserialize<SyncRequestBody>(buffer.ToArray(), OverlordJson.Options) ?? new SyncRequestBody();
        }
        catch (JsonException)
        {
            await AgentResponses.MessageAsync(context, StatusCodes.Status400BadRequest, "Request has been received with an invalid format.");
            return;
        }

        if (body.Revision is { } revision && (revision.Length == 0 || revision[0] == '-' || revision.Any(char.IsWhiteSpace)))
        {
            await AgentResponses.MessageAsync(context, StatusCodes.Status400BadRequest, $"'{revision}' is not a git revision.");
            return;
        }

        var options = new SyncOptions { Revision = body.Revision, DryRun = body.DryRun, Prune = body.Prune, AllowMassPrune = body.AllowMassPrune, Wait = body.Wait };
        var ticket = coordinator.Enqueue(SyncTrigger.Manual, options);
        if (!options.DryRun && !options.Wait)
        {
            await AgentResponses.WriteAsync(context, StatusCodes.Status202Accepted, new SyncOutcomeView
            {
                StatusCode = StatusCodes.Status202Accepted,
                SyncId = ticket.SyncId,
                State = "queued",
                Folded = ticket.Folded,
                Trigger = SyncTrigger.Manual.Text,
            });
            return;
        }

        var outcome = await ticket.Completion.WaitAsync(context.RequestAborted);
        await AgentResponses.WriteAsync(context, StatusCodes.Status200OK, AgentViews.Outcome(outcome) with { Folded = ticket.Folded });
    }
}
