using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Chains;

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
                : context.Service<ChainForwarder>().ForwardAsync(context, context.RouteValue("chain"), context.RouteValue("route"), token));
}
