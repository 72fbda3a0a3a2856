using Microsoft.AspNetCore.Http;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// Runs after routing: a path no route matches is the original's 404 <c>Resource not found.</c> (no token
/// needed), and routing's bare 405 for a known path gets the original's JSON body.
/// </summary>
internal sealed class NotFoundMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is null)
        {
            await ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound).ExecuteAsync(context);
            return;
        }

        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
        {
            await ApiAnswer.Message(StatusCodes.Status405MethodNotAllowed, ApiMessages.MethodNotAllowed).ExecuteAsync(context);
        }
    }
}
