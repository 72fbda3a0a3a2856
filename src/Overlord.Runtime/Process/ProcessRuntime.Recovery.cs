using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>
    /// Call once when the node starts: kills the process groups a previous node process left
    /// behind (their pids are in the state files), unlocks projects whose up or down it did not
    /// finish, and starts again the services of DONE projects that were running.
    /// </summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var project in _store.List())
        {
            var handle = Handle(project);
            await handle.Gate.WaitAsync(cancellationToken);
            try
            {
                await RecoverProjectAsync(handle, cancellationToken);
            }
            finally
            {
                handle.Gate.Release();
            }
        }
    }

    private async Task RecoverProjectAsync(ProjectHandle handle, CancellationToken cancellationToken)
    {
        var stale = new List<int>();
        Mutate(handle, state =>
        {
            state.Locked = false;
            foreach (var service in state.Services.Where(service => !IsStarted(handle, service.Name)))
            {
                stale.AddRange(service.ProcessGroups);
                service.ProcessGroups.Clear();
            }
        });
        if (stale.Count > 0)
        {
            _logger.LogInformation("Stopping {Count} process groups left behind by {Project}", stale.Count, handle.Name);
            await ProcessGroups.StopAsync(stale, _options.StopTimeout, cancellationToken);
        }

        List<ServiceState> toStart;
        lock (handle.Sync)
        {
            toStart = handle.State is { State: ProjectStates.Done } state
                ? [.. state.Services.Where(service => service.Running && service.Built && !IsStarted(handle, service.Name)).OrderBy(service => service.Priority)]
                : [];
        }

        if (toStart.Count == 0)
        {
            return;
        }

        var log = LogFolder.StartingNow(_options.LogsDirectory);
        Mutate(handle, state => state.LastLog = log.Name);
        foreach (var service in toStart.Where(service => Directory.Exists(_store.RootDirectory(handle.Name, service.Jail))))
        {
            if (await StartServiceAsync(handle, service, log, cancellationToken) is { } error)
            {
                _logger.LogWarning("Could not restart {Service} of {Project}: {Reason}", service.Name, handle.Name, error);
            }
        }
    }

    /// <summary>
    /// Stops supervising every process without stopping any, as a node that dies would. Tests use
    /// it to play a crash before a new instance recovers from the same folders.
    /// </summary>
    internal async Task AbandonForCrashSimulationAsync()
    {
        foreach (var handle in _projects.Values)
        {
            List<ServiceSupervisor> supervisors;
            lock (handle.Sync)
            {
                supervisors = [.. handle.Supervisors.Values];
                handle.Supervisors.Clear();
            }

            await Task.WhenAll(supervisors.Select(supervisor => supervisor.AbandonAsync()));
        }
    }
}
