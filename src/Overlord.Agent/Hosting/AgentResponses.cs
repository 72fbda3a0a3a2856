using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Overlord.Client.Contract;

namespace Overlord.Agent.Hosting;

/// <summary>Writes the agent's answers: JSON bodies that carry <c>status_code</c>, as every route of the node does.</summary>
internal static class AgentResponses
{
    public static Task WriteAsync<T>(HttpContext context, int statusCode, T body)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, OverlordJson.Options, context.RequestAborted);
    }

    public static Task MessageAsync(HttpContext context, int statusCode, string message) =>
        WriteAsync(context, statusCode, new ApiResponse { StatusCode = statusCode, Message = message });
}
