using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    private static bool IsStarted(ProjectHandle handle, string service)
    {
        lock (handle.Sync)
        {
            return handle.Supervisors.TryGetValue(service, out var supervisor) && supervisor.Started;
        }
    }

    /// <summary>Starts the service's start-stage processes under a new supervisor, after killing groups a crashed node left.</summary>
    private async Task<string?> StartServiceAsync(ProjectHandle handle, ServiceState service, LogFolder log, CancellationToken cancellationToken)
    {
        await StopStaleGroupsAsync(handle, service);
        var logPath = log.PathFor(service.Name, StepTypes.Start);
        var count = service.StartCommands.Count.ToString(CultureInfo.InvariantCulture);
        await File.AppendAllTextAsync(logPath, $"overlord: starting {count} process(es) of {service.Name} ({service.Jail})\n", cancellationToken);
        var supervisor = new ServiceSupervisor(service.StartCommands, logPath, _options, Tracker(handle, service.Name), _logger);
        if (await supervisor.StartAsync(cancellationToken) is { } error)
        {
            await File.AppendAllTextAsync(logPath, $"overlord: {error}\n", cancellationToken);
            return error;
        }

        lock (handle.Sync)
        {
            handle.Supervisors[service.Name] = supervisor;
        }

        Mutate(handle, _ => service.Running = true);
        _logger.LogInformation("Started {Service} ({Jail}) of {Project}", service.Name, service.Jail, handle.Name);
        return null;
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

    /// <summary>Stops the groups recorded for a service that no supervisor of this process owns.</summary>
    private async Task StopStaleGroupsAsync(ProjectHandle handle, ServiceState service)
    {
        List<int> stale;
        lock (handle.Sync)
        {
            stale = IsStarted(handle, service.Name) ? [] : [.. service.ProcessGroups];
        }

        if (stale.Count > 0)
        {
            await ProcessGroups.StopAsync(stale, _options.StopTimeout, CancellationToken.None);
            Mutate(handle, _ => service.ProcessGroups.RemoveAll(stale.Contains));
        }
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
