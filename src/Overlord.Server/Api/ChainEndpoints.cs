using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        v1.MapMethods("chain/{chain}/{**route}", ApiRoutes.Any, (HttpContext context, string chain, string? route, [FromServices] ChainForwarder forwarder, CancellationToken cancellationToken) =>
            !forwardsTree && (route ?? "").StartsWith("tree/", StringComparison.Ordinal)
                ? Task.FromResult(ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound))
                : ForwardAsync(context, forwarder, chain, route ?? "", cancellationToken));

    /// <summary>The forwarder's reply as an answer: the child's status, with its body and content type when it has one.</summary>
    private static async Task<ApiAnswer> ForwardAsync(HttpContext context, ChainForwarder forwarder, string chain, string route, CancellationToken cancellationToken)
    {
        var reply = await forwarder.ForwardAsync(context, chain, route, cancellationToken);
        return reply.HasBody ? ApiAnswer.Raw(reply.StatusCode, reply.ContentType, reply.Body) : ApiAnswer.Status(reply.StatusCode);
    }
}
