using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Overlord.Server.Api;

/// <summary>An endpoint of the API: reads the request, returns its answer.</summary>
internal delegate Task<ApiAnswer> ApiHandler(HttpContext context, CancellationToken cancellationToken);

/// <summary>Maps <see cref="ApiHandler"/>s as plain request delegates (no reflection-based binding).</summary>
internal static class ApiRoutes
{
    public static readonly string[] Get = [HttpMethods.Get];
    public static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    public static readonly string[] Post = [HttpMethods.Post];
    public static readonly string[] Any =
        [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch];

    public static IEndpointConventionBuilder Map(this IEndpointRouteBuilder routes, string pattern, string[] methods, ApiHandler handler) =>
        routes.MapMethods(pattern, methods, async context =>
        {
            var answer = await handler(context, context.RequestAborted);
            await answer.ExecuteAsync(context);
        });

    /// <summary>A route value of the matched pattern ("" when absent).</summary>
    public static string RouteValue(this HttpContext context, string name) => context.Request.RouteValues[name] as string ?? "";

    public static T Service<T>(this HttpContext context)
        where T : notnull =>
        context.RequestServices.GetService(typeof(T)) is T service
            ? service
            : throw new InvalidOperationException($"{typeof(T).Name} is not registered");

    public static bool IsHead(this HttpContext context) => HttpMethods.IsHead(context.Request.Method);

    public static Task<ApiAnswer> Answer(ApiAnswer answer) => Task.FromResult(answer);
}
