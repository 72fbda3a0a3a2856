using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Server.Jobs;

namespace Overlord.Server.Local;

/// <summary>
/// <c>project/info/{p}</c> (reference 2.2): Director's description plus the last up and down statuses, whose
/// <c>last_update</c> is given as seconds ago. Null when there is nothing at all to show.
/// </summary>
internal sealed class ProjectInfoReader(IRuntime runtime, ProjectStatusStore statuses, TimeProvider timeProvider)
{
    public async Task<ProjectInfo?> ReadAsync(string project, CancellationToken cancellationToken)
    {
        var description = await runtime.DescribeAsync(project, cancellationToken);
        var both = await statuses.GetBothAsync(project, cancellationToken);
        if (description is null && both.Up is null && both.Down is null)
        {
            return null;
        }

        return new ProjectInfo
        {
            Name = description?.Name,
            State = description?.State,
            LastLog = description?.LastLog,
            Locked = description?.Locked,
            Services = description?.Services.Select(service => new ProjectService { Name = service.Name, Status = service.Status, Jail = service.Jail }).ToList(),
            Up = both.Up is { } up ? Status(up) : null,
            Down = both.Down is { } down ? Status(down) : null,
        };
    }

    private OperationStatus Status(ProjectOperationStatus status) => new()
    {
        Operation = status.Operation,
        Output = status.Output,
        LastUpdate = (timeProvider.GetUtcNow() - status.LastUpdate).TotalSeconds,
        JobId = status.JobId,
        Restarted = status.Restarted,
        Message = status.Message,
        Exception = status.Exception is { } exception ? new ExceptionInfo { Type = exception.Type, Message = exception.Message } : null,
        Labels = status.Labels?.ToReport(),
    };
}
