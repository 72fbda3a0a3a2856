using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Chains;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary><c>/v1/chain/{a.b.c}/&lt;any route&gt;</c>: every route of the API, one hop further down (reference 2.3).</summary>
internal static class ChainEndpoints
{
    /// <param name="v1">The <c>/v1</c> group.</param>
    /// <param name="forwardsTree">False only for a test node that plays an original one: the original has no chained tree route.</param>
    public static void Map(IEndpointRouteBuilder v1, bool forwardsTree = true) =>
        v1.Map("chain/{chain}/{**route}", ApiRoutes.Any, (context, token) =>
            !forwardsTree && context.RouteValue("route").StartsWith("tree/", StringComparison.Ordinal)
                ? Task.FromResult(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound))
                : ForwardAsync(context, token));

    /// <summary>The forwarder's reply as an answer: the child's status, with its body and content type when it has one.</summary>
    private static async Task<ApiAnswer> ForwardAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var reply = await context.Service<ChainForwarder>().ForwardAsync(context, context.RouteValue("chain"), context.RouteValue("route"), cancellationToken);
        return reply.HasBody ? ApiAnswer.Raw(reply.StatusCode, reply.ContentType, reply.Body) : ApiAnswer.Status(reply.StatusCode);
    }
}
