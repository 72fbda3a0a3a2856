using System.Globalization;
using Overlord.Client.Contract;
using Overlord.Runtime;
using Overlord.Server.Integrations;

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
            if (!reservation.IsSuccess)
            {
                await SetStatusAsync(job, ProjectAction.Up, Failed(job, reservation.Error.Message), cancellationToken);
                await LogAsync(job, reservation.Error.Message, cancellationToken);
                return JobOutcome.Failed(reservation.Error.Message);
            }

            var port = reservation.Value;

            var variable = FreePortReserver.VariableName(interfaceName);
            environment[variable] = port.ToString(CultureInfo.InvariantCulture);
            await LogAsync(job, $"reserved port {port} on {interfaceName} as {variable}", cancellationToken);
        }

        // As the original: "restarted" only when there was something to restart.
        var restarted = payload.Restart && await runtime.ExistsAsync(job.Project, cancellationToken);
        var result = await runtime.UpAsync(
            new UpRequest(job.Project, payload.DirectorFile, environment, payload.Restart), cancellationToken);
        await LogResultAsync(job, result, cancellationToken);
        if (running.CancelledBy(job) is not null)
        {
            // Director exits 0 when its cancel stops it before the first service: still a cancelled up.
            throw new OperationCanceledException($"up of {job.Project} cancelled");
        }

        var labels = await RunLabelsAsync(job, LabelAction.Create, force: false, cancellationToken);
        var operation = result.Succeeded && !labels.Failed ? ProjectOperation.Completed : ProjectOperation.Incompleted;
        await SetStatusAsync(
            job,
            ProjectAction.Up,
            new ProjectOperationStatus(operation, OperationOutputs.From(result), timeProvider.GetUtcNow(), job.Id, restarted, Labels: labels),
            cancellationToken);
        return JobOutcome.Completed(operation);
    }

    private async Task<JobOutcome> DownAsync(ClaimedJob job, DownJobPayload payload, CancellationToken cancellationToken)
    {
        await SetStatusAsync(job, ProjectAction.Down, Running(job), cancellationToken);
        await LogAsync(job, $"down of {job.Project}, force {payload.Force}, attempt {job.Attempt}", cancellationToken);
        var labels = await RunLabelsAsync(job, LabelAction.Destroy, payload.Force, cancellationToken);
        await SetStatusAsync(job, ProjectAction.Down, Running(job) with { Labels = labels }, cancellationToken);
        if (labels.Failed && !payload.Force)
        {
            // As the original: the project stays, so that its records are not left behind; a forced destroy goes on.
            await LogAsync(job, "special labels failed: the project is kept", cancellationToken);
            await SetStatusAsync(
                job,
                ProjectAction.Down,
                new ProjectOperationStatus(ProjectOperation.Incompleted, null, timeProvider.GetUtcNow(), job.Id, Labels: labels),
                cancellationToken);
            return JobOutcome.Completed(ProjectOperation.Incompleted);
        }

        var result = await runtime.DownAsync(
            new DownRequest(job.Project, NodeEnvironment(payload.Environment), payload.Force), cancellationToken);
        await LogResultAsync(job, result, cancellationToken);
        if (!await runtime.ExistsAsync(job.Project, cancellationToken))
        {
            // A destroyed VM's status goes with it, as the original's went with its jail.
            await ports.ReleaseAsync(job.Project, cancellationToken);
            await vmStatuses.DeleteAsync(job.Project, cancellationToken);
        }

        // COMPLETED whatever Director answered, as the original (its down runs with --ignore-failed); INCOMPLETED
        // when a forced destroy went on despite failed labels, as records may be left behind.
        var operation = labels.Failed ? ProjectOperation.Incompleted : ProjectOperation.Completed;
        await SetStatusAsync(
            job,
            ProjectAction.Down,
            new ProjectOperationStatus(operation, OperationOutputs.From(result), timeProvider.GetUtcNow(), job.Id, Labels: labels),
            cancellationToken);
        return JobOutcome.Completed(operation);
    }

    /// <summary>Runs the special labels (after an up, before a down) and logs what each integration reported.</summary>
    private async Task<SpecialLabelsOutcome> RunLabelsAsync(ClaimedJob job, LabelAction action, bool force, CancellationToken cancellationToken)
    {
        var labels = await specialLabels.RunAsync(job.Project, action, force, cancellationToken);
        if (labels.Message is { } message)
        {
            await LogAsync(job, $"special labels: {message}", cancellationToken);
        }

        foreach (var (integration, services) in labels.Integrations)
        {
            foreach (var (service, outcome) in services)
            {
                await LogAsync(job, $"{integration} of {service}{(outcome.Error ? " failed" : "")}: {outcome.Message}", cancellationToken);
            }
        }

        return labels;
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
