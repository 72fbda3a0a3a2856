using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Overlord.Client.Contract;
using Overlord.Core.Names;
using Overlord.Server.Autoscale;
using Overlord.Server.Local;

namespace Overlord.Server.Api;

/// <summary>
/// <c>GET /v1/project/autoscale/{p}</c> (reference 2.2): <c>{"status":{last_update, operation, logs}}</c>, with
/// <c>last_update</c> in seconds ago; 404 <c>Project 'p' cannot be found.</c> when this node does not autoscale it.
/// </summary>
internal static class AutoscaleEndpoint
{
    public static async Task<ApiAnswer> GetAsync(string project, [FromServices] AutoscaleStatusStore statuses, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsProject(project))
        {
            return ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.NotFound);
        }

        return await statuses.GetShownAsync(project, cancellationToken) is { } status
            ? ApiAnswer.Ok(new AutoscaleStatusResponse { Status = status })
            : ApiAnswer.Message(StatusCodes.Status404NotFound, ApiMessages.ProjectNotFound(project));
    }
}
