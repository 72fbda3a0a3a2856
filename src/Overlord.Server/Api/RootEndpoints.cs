using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Local;
using Overlord.Server.Metrics;

namespace Overlord.Server.Api;

/// <summary>
/// The routes outside the versioned API: <c>/</c> and <c>/v1</c> (the original's "resource missing"), the
/// health check (no token, for load balancers and supervisors) and <c>/metrics</c> (token required).
/// </summary>
internal static class RootEndpoints
{
    private static readonly byte[] Healthy = Encoding.UTF8.GetBytes("""{"status":"ok"}""");

    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var pattern in new[] { "/", "/v1" })
        {
            routes.Map(pattern, ApiRoutes.Any, (_, _) =>
                ApiRoutes.Answer(ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.ResourceMissing)));
        }

        routes.Map("/healthz", ApiRoutes.GetHead, (_, _) => ApiRoutes.Answer(ApiAnswer.Raw(StatusCodes.Status200OK, "application/json", Healthy)));
        routes.Map("/metrics", ApiRoutes.Get, (context, _) =>
        {
            var text = PrometheusText.Write(context.Service<MetricsCollector>().Snapshot());
            return ApiRoutes.Answer(ApiAnswer.Raw(StatusCodes.Status200OK, PrometheusText.ContentType, Encoding.UTF8.GetBytes(text)));
        }).WithMetadata(RequiresToken.Instance);
    }
}
