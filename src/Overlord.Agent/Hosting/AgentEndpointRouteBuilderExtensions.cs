using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Overlord.Agent.Hosting;

/// <summary>
/// Maps the agent's routes. <c>/v1/webhooks/*</c> check their providers' signatures themselves; the host's bearer
/// token check must cover every other <c>/v1</c> route, <c>/v1/agent/*</c> included.
/// </summary>
public static class AgentEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapAgentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/v1/webhooks/{provider}", WebhookEndpoint.HandleAsync);
        endpoints.MapPost("/v1/agent/sync", AgentSyncEndpoint.HandleAsync);
        endpoints.MapGet("/v1/agent/status", AgentStatusEndpoint.HandleAsync);
        endpoints.MapGet("/v1/agent/history", AgentHistoryEndpoint.HandleAsync);
        return endpoints;
    }
}
