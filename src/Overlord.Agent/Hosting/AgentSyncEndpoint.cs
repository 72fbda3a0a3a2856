using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
    public static async Task<IResult> HandleAsync(HttpRequest request, [FromServices] SyncCoordinator coordinator, CancellationToken cancellationToken)
    {
        // A small JSON object at most; an empty body means all defaults.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        SyncRequestBody body;
        try
        {
            body = buffer.Length == 0 ? new SyncRequestBody() : JsonSerializer.Deserialize(buffer.ToArray(), OverlordJson.Options.TypeInfo<SyncRequestBody>()) ?? new SyncRequestBody();
        }
        catch (JsonException)
        {
            return AgentResponses.Message(StatusCodes.Status400BadRequest, "Request has been received with an invalid format.");
        }

        if (body.Revision is { } revision && (revision.Length == 0 || revision[0] == '-' || revision.Any(char.IsWhiteSpace)))
        {
            return AgentResponses.Message(StatusCodes.Status400BadRequest, $"'{revision}' is not a git revision.");
        }

        var options = new SyncOptions { Revision = body.Revision, DryRun = body.DryRun, Prune = body.Prune, AllowMassPrune = body.AllowMassPrune, Wait = body.Wait };
        var ticket = coordinator.Enqueue(SyncTrigger.Manual, options);
        if (!options.DryRun && !options.Wait)
        {
            return AgentResponses.Json(StatusCodes.Status202Accepted, new SyncOutcomeView
            {
                StatusCode = StatusCodes.Status202Accepted,
                SyncId = ticket.SyncId,
                State = "queued",
                Folded = ticket.Folded,
                Trigger = SyncTrigger.Manual.Text,
            });
        }

        var outcome = await ticket.Completion.WaitAsync(cancellationToken);
        return AgentResponses.Json(StatusCodes.Status200OK, AgentViews.Outcome(outcome) with { Folded = ticket.Folded });
    }
}
