using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Chains;
using Overlord.Server.Hosting;

namespace Overlord.Server.Api;

/// <summary><c>/v1/ping</c>, <c>/v1/labels</c> and <c>/v1/chains</c>: the node itself.</summary>
internal static class NodeEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.Map("ping", ApiRoutes.Get, (_, _) => ApiRoutes.Answer(ApiAnswer.Ok("status", "OK")));
        v1.Map("labels", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok("labels", Labels(context.Service<NodeIdentity>()))));
        v1.Map("chains", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok("chains", ListedChains(context.Service<ChainDirectory>(), context.Service<ChainAvailability>()))));
    }

    public static JsonArray Labels(NodeIdentity identity) => ApiJson.Strings(identity.Labels);

    /// <summary>Configured chains not marked <c>disable</c>, minus those disabled now when <c>autodisable.enabled</c>.</summary>
    public static JsonArray ListedChains(ChainDirectory chains, ChainAvailability availability) =>
        ApiJson.Strings(chains.All.Select(chain => chain.Name).Where(availability.IsListed));
}
