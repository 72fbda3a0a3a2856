using System.Globalization;
using Overlord.Runtime;

namespace Overlord.Server.Jobs;

public sealed partial class ProjectJobExecutor
{
    private async Task<JobOutcome> UpAsync(ClaimedJob job, UpJobPayload payload, CancellationToken cancellationToken)
    {
        await SetStatusAsync(job, ProjectAction.Up, Running(job), cancellationToken);
        await LogAsync(job, $"up of {job.Project}, attempt {job.Attempt}", cancellationToken);
        var environment = NodeEnvironment(payload.Environment);
        foreach (var (interfaceName, network) in payload.ReservePort)
        {
            var reservation = await ports.ReserveAsync(job.Project, interfaceName, network, cancellationToken);
            if (reservation.Port is not { } port)
            {
                await SetStatusAsync(job, ProjectAction.Up, Failed(job, reservation.Error!), cancellationToken);
                await LogAsync(job, reservation.Error!, cancellationToken);
                return JobOutcome.Failed(reservation.Error!);
            }

            var variable = FreePortReserver.VariableName(interfaceName);
            environment[variable] = port.ToString(CultureInfo.InvariantCulture);
            await LogAsync(job, $"reserved port {port} on {interfaceName} as {variable}", cancellationToken);
        }

        // As the original: "restarted" only when there was something to restart.
        var restarted = payload.Restart && await runtime.ExistsAsync(job.Project, cancellationToken);
        var result = await runtime.UpAsync(
            new UpRequest(job.Project, payload.DirectorFile, environment, payload.Restart), cancellationToken);
        var operation = result.Succeeded ? ProjectOperation.Completed : ProjectOperation.Incompleted;
        await LogResultAsync(job, result, cancellationToken);
        await SetStatusAsync(
            job,
            ProjectAction.Up,
            new ProjectOperationStatus(operation, OperationOutput.From(result), timeProvider.GetUtcNow(), job.Id, restarted),
            cancellationToken);
        return JobOutcome.Completed(operation);
    }

    private async Task<JobOutcome> DownAsync(ClaimedJob job, DownJobPayload payload, CancellationToken cancellationToken)
    {
        await SetStatusAsync(job, ProjectAction.Down, Running(job), cancellationToken);
        await LogAsync(job, $"down of {job.Project}, force {payload.Force}, attempt {job.Attempt}", cancellationToken);
        var result = await runtime.DownAsync(
            new DownRequest(job.Project, NodeEnvironment(payload.Environment), payload.Force), cancellationToken);
        await LogResultAsync(job, result, cancellationToken);
        if (!await runtime.ExistsAsync(job.Project, cancellationToken))
        {
            // A destroyed VM's status goes with it, as the original's went with its jail.
            await ports.ReleaseAsync(job.Project, cancellationToken);
            await vmStatuses.DeleteAsync(job.Project, cancellationToken);
        }

        // COMPLETED whatever Director answered, as the original (its down runs with --ignore-failed).
        await SetStatusAsync(
            job,
            ProjectAction.Down,
            new ProjectOperationStatus(ProjectOperation.Completed, OperationOutput.From(result), timeProvider.GetUtcNow(), job.Id),
            cancellationToken);
        return JobOutcome.Completed(ProjectOperation.Completed);
    }

    /// <summary>The job's variables plus the node's own, which win (as the original sets them last).</summary>
    private Dictionary<string, string> NodeEnvironment(IReadOnlyDictionary<string, string> jobEnvironment)
    {
        var environment = new Dictionary<string, string>(jobEnvironment, StringComparer.Ordinal);
        if (options.MetadataDirectory is { } metadata)
        {
            environment["OVERLORD_METADATA"] = metadata;
        }

        if (options.NamespacesDirectory is { } namespaces)
        {
            environment["OVERLORD_NAMESPACES"] = namespaces;
        }

        return environment;
    }

    private async Task LogResultAsync(ClaimedJob job, RuntimeResult result, CancellationToken cancellationToken)
    {
        await LogAsync(job, $"runtime exited {result.ExitCode}, errlevel {result.ErrLevel}", cancellationToken);
        foreach (var step in result.Failed)
        {
            await LogAsync(job, $"failed: {step.Type} of service {step.Service}", cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(result.StdErr))
        {
            await LogAsync(job, "stderr: " + result.StdErr.TrimEnd(), cancellationToken);
        }
    }

    private ProjectOperationStatus Running(ClaimedJob job) =>
        new(ProjectOperation.Running, null, timeProvider.GetUtcNow(), job.Id);

    private ProjectOperationStatus Failed(ClaimedJob job, string message) =>
        new(ProjectOperation.Failed, null, timeProvider.GetUtcNow(), job.Id, Message: message);
}
