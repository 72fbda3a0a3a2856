using Microsoft.AspNetCore.Routing;
using Overlord.Client.Contract;
using Overlord.Server.Chains;
using Overlord.Server.Node;

namespace Overlord.Server.Api;

/// <summary><c>/v1/ping</c>, <c>/v1/labels</c> and <c>/v1/chains</c>: the node itself.</summary>
internal static class NodeEndpoints
{
    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.Map("ping", ApiRoutes.Get, (_, _) => ApiRoutes.Answer(ApiAnswer.Ok(new PingResponse { Status = "OK" })));
        v1.Map("labels", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok(Labels(context.Service<NodeIdentity>()))));
        v1.Map("chains", ApiRoutes.Get, (context, _) => ApiRoutes.Answer(ApiAnswer.Ok(ListedChains(context.Service<ChainDirectory>(), context.Service<ChainAvailability>()))));
    }

    public static LabelsResponse Labels(NodeIdentity identity) => new() { Labels = identity.Labels };

    /// <summary>Configured chains not marked <c>disable</c>, minus those disabled now when <c>autodisable.enabled</c>.</summary>
    public static ChainsResponse ListedChains(ChainDirectory chains, ChainAvailability availability) =>
        new() { Chains = [.. chains.All.Select(chain => chain.Name).Where(availability.IsListed)] };
}
