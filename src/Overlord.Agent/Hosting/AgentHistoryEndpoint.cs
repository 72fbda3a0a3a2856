using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Overlord.Agent.Hosting;

/// <summary><c>GET /v1/agent/history?commit=&amp;spec=&amp;limit=</c>: what the notes say, per commit.</summary>
internal static class AgentHistoryEndpoint
{
    public static async Task HandleAsync(HttpContext context, AgentHistoryReader reader)
    {
        var query = context.Request.Query;
        var commit = query["commit"].FirstOrDefault() is { Length: > 0 } c ? c : null;
        var spec = query["spec"].FirstOrDefault() is { Length: > 0 } s ? s : null;
        var limit = AgentHistoryReader.DefaultLimit;
        if (query["limit"].FirstOrDefault() is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            await AgentResponses.MessageAsync(context, StatusCodes.Status400BadRequest, "'limit' has an unexpected value type.");
            return;
        }

        var history = await reader.ReadAsync(commit, spec, Math.Min(limit, AgentHistoryReader.MaxLimit), context.RequestAborted);
        if (history is null)
        {
            await AgentResponses.MessageAsync(context, StatusCodes.Status404NotFound, $"Commit '{commit}' cannot be found.");
            return;
        }

        await AgentResponses.WriteAsync(context, StatusCodes.Status200OK, history);
    }
}
