using Microsoft.AspNetCore.Routing;
using Overlord.Server.Chains;

namespace Overlord.Server.Api;

/// <summary><c>/v1/chain/{a.b.c}/&lt;any route&gt;</c>: every route of the API, one hop further down (reference 2.3).</summary>
internal static class ChainEndpoints
{
    public static void Map(IEndpointRouteBuilder v1) =>
        v1.Map("chain/{chain}/{**route}", ApiRoutes.Any, (context, token) =>
            context.Service<ChainForwarder>().ForwardAsync(context, context.RouteValue("chain"), context.RouteValue("route"), token));
}
