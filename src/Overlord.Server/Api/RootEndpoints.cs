using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        routes.MapMethods("/", ApiRoutes.Any, ResourceMissing);
        routes.MapMethods("/v1", ApiRoutes.Any, ResourceMissing);
        routes.MapMethods("/healthz", ApiRoutes.GetHead, () => ApiAnswer.Raw(StatusCodes.Status200OK, "application/json", Healthy));
        routes.MapGet("/metrics", Metrics).WithMetadata(RequiresToken.Instance);
    }

    private static ApiAnswer ResourceMissing() => ApiAnswer.Message(StatusCodes.Status400BadRequest, ApiMessages.ResourceMissing);

    private static ApiAnswer Metrics([FromServices] MetricsCollector metrics) =>
        ApiAnswer.Raw(StatusCodes.Status200OK, PrometheusText.ContentType, Encoding.UTF8.GetBytes(PrometheusText.Write(metrics.Snapshot())));
}
