using System.Text.Json.Nodes;
using Overlord.Runtime;
using Overlord.Server.Jobs;

namespace Overlord.Server.Api;

/// <summary>
/// <c>project/info/{p}</c> (reference 2.2): Director's description plus the last up and down statuses, whose
/// <c>last_update</c> is given as seconds ago. Null when there is nothing at all to show.
/// </summary>
internal sealed class ProjectInfoReader(IRuntime runtime, ProjectStatusStore statuses, TimeProvider timeProvider)
{
    public async Task<JsonObject?> ReadAsync(string project, CancellationToken cancellationToken)
    {
        var info = new JsonObject();
        if (await runtime.DescribeAsync(project, cancellationToken) is { } description)
        {
            info["name"] = description.Name;
            info["state"] = description.State;
            info["last_log"] = description.LastLog;
            info["locked"] = description.Locked;
            info["services"] = new JsonArray([.. description.Services.Select(service => (JsonNode?)new JsonObject
            {
                ["name"] = service.Name,
                ["status"] = service.Status,
                ["jail"] = service.Jail,
            })]);
        }

        var both = await statuses.GetBothAsync(project, cancellationToken);
        if (both.Up is { } up)
        {
            info["up"] = Status(up);
        }

        if (both.Down is { } down)
        {
            info["down"] = Status(down);
        }

        return info.Count == 0 ? null : info;
    }

    private JsonObject Status(ProjectOperationStatus status)
    {
        var json = new JsonObject { ["operation"] = status.Operation };
        if (status.Output is { } output)
        {
            json["output"] = ApiJson.ToNode(output);
        }

        json["last_update"] = (timeProvider.GetUtcNow() - status.LastUpdate).TotalSeconds;
        json["job_id"] = status.JobId;
        if (status.Restarted is { } restarted)
        {
            json["restarted"] = restarted;
        }

        if (status.Message is { } message)
        {
            json["message"] = message;
        }

        if (status.Exception is { } exception)
        {
            json["exception"] = new JsonObject { ["type"] = exception.Type, ["message"] = exception.Message };
        }

        if (status.Labels is { } labels)
        {
            json["labels"] = labels.ToJson();
        }

        return json;
    }
}
