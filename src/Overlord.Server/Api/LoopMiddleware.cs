using Microsoft.AspNetCore.Http;
using Overlord.Server.Chains;
using Overlord.Server.Hosting;

namespace Overlord.Server.Api;

/// <summary>
/// Refuses a request that already went through this node (its server id is in <c>X-Overlord-Visited</c>):
/// two nodes list each other as chains, directly or further down, and the request would go round forever.
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

        var message = $"Loop detected: this node (server id {identity.ServerId}) is already on this request's path "
            + $"({string.Join(" -> ", visited)}); two nodes list each other in their chains, directly or through others.";
        await ApiAnswer.Message(StatusCodes.Status508LoopDetected, message).ExecuteAsync(context);
    }
}
