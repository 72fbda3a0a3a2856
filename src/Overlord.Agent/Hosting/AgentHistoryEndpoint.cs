using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Overlord.Agent.Hosting;

/// <summary><c>GET /v1/agent/history?commit=&amp;spec=&amp;limit=</c>: what the notes say, per commit.</summary>
internal static class AgentHistoryEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, [FromServices] AgentHistoryReader reader, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var commit = query["commit"].FirstOrDefault() is { Length: > 0 } c ? c : null;
        var spec = query["spec"].FirstOrDefault() is { Length: > 0 } s ? s : null;
        var limit = AgentHistoryReader.DefaultLimit;
        if (query["limit"].FirstOrDefault() is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1))
        {
            return AgentResponses.Message(StatusCodes.Status400BadRequest, "'limit' has an unexpected value type.");
        }

        var history = await reader.ReadAsync(commit, spec, Math.Min(limit, AgentHistoryReader.MaxLimit), cancellationToken);
        return history is null
            ? AgentResponses.Message(StatusCodes.Status404NotFound, $"Commit '{commit}' cannot be found.")
            : AgentResponses.Json(StatusCodes.Status200OK, history);
    }
}
