using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Overlord.Core.Config;

namespace Overlord.Server.Api;

/// <summary>The one edge where an unexpected exception becomes the original's 500 <c>Internal Server Error</c> (with <c>trace</c> in debug).</summary>
internal sealed class ErrorMiddleware(RequestDelegate next, OverlordConfig config, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("Request {Method} {Path} abandoned by the client", context.Request.Method, context.Request.Path);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            var body = new JsonObject { ["message"] = ApiMessages.InternalError };
            if (config.Debug)
            {
                body["trace"] = exception.ToString();
            }

            await ApiAnswer.Json(StatusCodes.Status500InternalServerError, body).ExecuteAsync(context);
        }
    }
}
