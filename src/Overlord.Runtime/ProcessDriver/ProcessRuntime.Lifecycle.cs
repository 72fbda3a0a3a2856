using System.Globalization;
using Microsoft.Extensions.Logging;
using Overlord.Core.Results;
using Overlord.Platform.Processes;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    private static readonly IReadOnlyDictionary<int, ProcessGroupRecord> NothingToAdopt = new Dictionary<int, ProcessGroupRecord>();

    private static bool IsStarted(ProjectHandle handle, string service)
    {
        lock (handle.Sync)
        {
            return handle.Supervisors.TryGetValue(service, out var supervisor) && supervisor.Started;
        }
    }

    /// <summary>
    /// Starts the service's start-stage processes under a new supervisor, after stopping groups a crashed node
    /// left; those in <paramref name="adoptable"/> (by start command) are supervised again instead of started.
    /// </summary>
    private async Task<Result> StartServiceAsync(
        ProjectHandle handle,
        ServiceState service,
        LogFolder log,
        IReadOnlyDictionary<int, ProcessGroupRecord> adoptable,
        CancellationToken cancellationToken)
    {
        await StopStaleGroupsAsync(handle, service, keep: [.. adoptable.Values]);
        var logPath = log.PathFor(service.Name, StepTypes.Start);
        var count = service.StartCommands.Count.ToString(CultureInfo.InvariantCulture);
        var text = adoptable.Count == 0
            ? $"overlord: starting {count} process(es) of {service.Name} ({service.Jail})\n"
            : $"overlord: adopting {adoptable.Count.ToString(CultureInfo.InvariantCulture)} of {count} process(es) of {service.Name} ({service.Jail}) "
                + $"left running by the previous node process (groups {string.Join(", ", adoptable.Values.Select(group => group.Id))})\n";
        await File.AppendAllTextAsync(logPath, text, cancellationToken);
        var supervisor = new ServiceSupervisor(service.StartCommands, logPath, _options, Tracker(handle, service.Name), _logger);
        var started = await supervisor.StartAsync(adoptable, cancellationToken);
        if (!started.IsSuccess)
        {
            await File.AppendAllTextAsync(logPath, $"overlord: {started.Error.Message}\n", cancellationToken);
            return started;
        }

        lock (handle.Sync)
        {
            handle.Supervisors[service.Name] = supervisor;
        }

        Mutate(handle, _ => service.Running = true);
        _logger.LogInformation(
            "{Action} {Service} ({Jail}) of {Project}", adoptable.Count == 0 ? "Started" : "Adopted", service.Name, service.Jail, handle.Name);
        return Result.Success();
    }

    /// <summary>Stops every service of the project, lowest priority first (as Director's down).</summary>
    private async Task StopServicesAsync(ProjectHandle handle, LogFolder log, bool markStopped)
    {
        List<ServiceState> services;
        lock (handle.Sync)
        {
            services = [.. (handle.State?.Services ?? []).OrderByDescending(service => service.Priority)];
        }

        foreach (var service in services)
        {
            await StopServiceAsync(handle, service, log, markStopped);
        }
    }

    /// <summary>Stops the service's supervisor, and any process group a previous node process left behind.</summary>
    private async Task StopServiceAsync(ProjectHandle handle, ServiceState service, LogFolder log, bool markStopped)
    {
        ServiceSupervisor? supervisor;
        lock (handle.Sync)
        {
            handle.Supervisors.Remove(service.Name, out supervisor);
        }

        if (supervisor is { Started: true })
        {
            await File.AppendAllTextAsync(log.PathFor(service.Name, StepTypes.Stop), $"overlord: stopping {service.Name} ({service.Jail})\n", CancellationToken.None);
        }

        if (supervisor is not null)
        {
            await supervisor.StopAsync();
        }

        await StopStaleGroupsAsync(handle, service);
        Mutate(handle, _ => service.Running &= !markStopped);
    }

    /// <summary>Stops the groups recorded for a service that no supervisor of this process owns (but those to <paramref name="keep"/>).</summary>
    private async Task StopStaleGroupsAsync(ProjectHandle handle, ServiceState service, IReadOnlyCollection<ProcessGroupRecord>? keep = null)
    {
        if (IsStarted(handle, service.Name))
        {
            return;
        }

        var stale = (await ConfirmLeftoversAsync(handle, service, CancellationToken.None))
            .Where(group => keep?.Contains(group) != true)
            .ToList();
        if (stale.Count > 0)
        {
            _logger.LogInformation(
                "Stopping {Count} process group(s) of {Service} of {Project} left by a previous node process", stale.Count, service.Name, handle.Name);
            await ProcessGroups.StopAsync([.. stale.Select(group => group.Id)], _options.StopTimeout, _options.TimeProvider, CancellationToken.None);
            Mutate(handle, _ => service.ProcessGroups.RemoveAll(stale.Contains));
        }
    }

    /// <summary>
    /// The service's recorded groups that are still the ones it started (confirmed by their leader's identity);
    /// the others are forgotten, with a warning for those that run but cannot be confirmed, which are never signalled.
    /// </summary>
    private async Task<List<ProcessGroupRecord>> ConfirmLeftoversAsync(ProjectHandle handle, ServiceState service, CancellationToken cancellationToken)
    {
        List<ProcessGroupRecord> recorded;
        lock (handle.Sync)
        {
            recorded = [.. service.ProcessGroups];
        }

        var ours = new List<ProcessGroupRecord>();
        var forgotten = new List<ProcessGroupRecord>();
        foreach (var group in recorded)
        {
            var leftover = await LeftoverGroup.CheckAsync(group, cancellationToken);
            if (leftover.State == LeftoverGroupState.Ours)
            {
                ours.Add(group);
                continue;
            }

            forgotten.Add(group);
            if (leftover.State == LeftoverGroupState.Unconfirmed)
            {
                _logger.LogWarning(
                    "Not signalling process group {Group} recorded for {Service} of {Project}: {Reason}", group.Id, service.Name, handle.Name, leftover.Reason);
            }
        }

        if (forgotten.Count > 0)
        {
            Mutate(handle, _ => service.ProcessGroups.RemoveAll(forgotten.Contains));
        }

        return ours;
    }

    /// <summary>Stops the service and removes its root folder.</summary>
    private async Task<string?> DestroyServiceAsync(ProjectHandle handle, ServiceState service, LogFolder log, CancellationToken cancellationToken)
    {
        await StopServiceAsync(handle, service, log, markStopped: true);
        var root = _store.RootDirectory(handle.Name, service.Jail);
        if (!Directory.Exists(root))
        {
            return null;
        }

        var logPath = log.PathFor(service.Name, StepTypes.Destroy);
        await File.AppendAllTextAsync(logPath, $"overlord: destroying {service.Name} ({service.Jail})\n", cancellationToken);
        var error = await FolderRemoval.DeleteAsync(root, cancellationToken);
        if (error is not null)
        {
            await File.AppendAllTextAsync(logPath, $"overlord: {error}\n", cancellationToken);
        }

        return error;
    }
}
