using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Overlord.Server.Metrics;

namespace Overlord.Server.Api;

/// <summary>Counts every answer and its latency by route pattern (not by raw path, which would grow without bound).</summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, NodeMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RequestAnswered(context.Request.Method, route, context.Response.StatusCode, Stopwatch.GetElapsedTime(started));
        }
    }
}
