using Microsoft.AspNetCore.Http;
using Overlord.Server.Chains;
using Overlord.Server.Node;

namespace Overlord.Server.Api;

/// <summary>
/// Refuses a request that already went through this node (its server id is in <c>X-Overlord-Visited</c>):
/// two nodes list each other as chains, directly or further down, and the request would go round forever.
/// When the hop right before this node carries its id, the nodes share a server id instead (one data_dir, or a
/// copied serverid file), and the answer says so rather than report a loop.
/// </summary>
internal sealed class LoopMiddleware(RequestDelegate next, NodeIdentity identity)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var visited = VisitedServers.Read(context.Request);
        if (!visited.Contains(identity.ServerId, StringComparer.Ordinal))
        {
            await next(context);
            return;
        }

        // The hop that sent this request carries this node's id: not a loop, but two nodes with one server id.
        var message = visited[^1] == identity.ServerId
            ? $"Shared server id: the node that sent this request has this node's server id ({identity.ServerId}); "
                + "two nodes share one server id (the same data_dir, or a copied serverid file), or a node lists itself "
                + "in its chains. Give each node its own data_dir."
            : $"Loop detected: this node (server id {identity.ServerId}) is already on this request's path "
            + $"({string.Join(" -> ", visited)}); two nodes list each other in their chains, directly or through others.";
        await ApiAnswer.Message(StatusCodes.Status508LoopDetected, message).ExecuteAsync(context);
    }
}
