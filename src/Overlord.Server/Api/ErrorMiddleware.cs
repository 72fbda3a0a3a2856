using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Overlord.Client.Contract;
using Overlord.Core.Config;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// The one edge where an unexpected exception becomes the original's 500 <c>Internal Server Error</c> (with
/// <c>trace</c> in debug), and where Kestrel's refusal of a request keeps its own status.
/// </summary>
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
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Kestrel's verdict on the request itself (413 body too large, 408 body too slow, 400 bad framing):
            // the client's fault, so its status and one log line, without a stack trace (issue 11.6).
            logger.LogInformation("Request {Method} {Path} refused with {Status}: {Reason}", context.Request.Method, context.Request.Path, exception.StatusCode, exception.Message);
            context.Response.Clear();
            await ApiAnswer.Message(exception.StatusCode, exception.Message).ExecuteAsync(context);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Request {Method} {Path} failed", context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                throw;
            }

            context.Response.Clear();
            var body = ApiResponse.Of(StatusCodes.Status500InternalServerError, ApiMessages.InternalError, config.Debug ? exception.ToString() : null);
            await ApiAnswer.Contract(StatusCodes.Status500InternalServerError, body).ExecuteAsync(context);
        }
    }
}
