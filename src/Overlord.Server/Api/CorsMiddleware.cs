using Microsoft.AspNetCore.Http;

namespace Overlord.Server.Api;

/// <summary>
/// The original's default headers on every answer (JSON content type, CORS open to every origin), and the
/// answer to a CORS preflight. The original made OPTIONS require a token (reference 13.7), which no
/// browser sends on a preflight, so its CORS never worked: here OPTIONS is answered without one.
/// </summary>
internal sealed class CorsMiddleware(RequestDelegate next)
{
    public const string AllowedMethods = "POST, GET, PUT, DELETE, OPTIONS";

    public Task InvokeAsync(HttpContext context)
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            response.Headers.AccessControlAllowOrigin = "*";
            response.Headers.AccessControlAllowHeaders = "*";
            response.ContentType ??= "application/json";
            return Task.CompletedTask;
        });

        if (HttpMethods.IsOptions(context.Request.Method))
        {
            response.Headers.AccessControlAllowMethods = AllowedMethods;
            response.StatusCode = StatusCodes.Status200OK;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
