using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
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
        v1.MapGet("ping", () => ApiAnswer.Ok(new PingResponse { Status = "OK" }));
        v1.MapGet("labels", ([FromServices] NodeIdentity identity) => ApiAnswer.Ok(Labels(identity)));
        v1.MapGet("chains", ([FromServices] ChainDirectory chains, [FromServices] ChainAvailability availability) => ApiAnswer.Ok(ListedChains(chains, availability)));
    }

    public static LabelsResponse Labels(NodeIdentity identity) => new() { Labels = identity.Labels };

    /// <summary>Configured chains not marked <c>disable</c>, minus those disabled now when <c>autodisable.enabled</c>.</summary>
    public static ChainsResponse ListedChains(ChainDirectory chains, ChainAvailability availability) =>
        new() { Chains = [.. chains.All.Select(chain => chain.Name).Where(availability.IsListed)] };
}
