using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>
    /// Call once when the node starts: unlocks projects whose up or down the previous node process did not
    /// finish, and deals with the process groups it left (their ids and leaders' identities are in the state
    /// files). A service of a DONE project that should run adopts its groups that still run (supervised again,
    /// not started twice) and starts the processes that are gone; every other group confirmed as ours is
    /// stopped (a project mid-down, failed or stopped). Groups that cannot be confirmed are never signalled.
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
        Mutate(handle, state => state.Locked = false);
        List<ServiceState> services;
        bool done;
        lock (handle.Sync)
        {
            done = handle.State is { State: ProjectStates.Done };
            services = [.. (handle.State?.Services ?? []).Where(service => !IsStarted(handle, service.Name)).OrderBy(service => service.Priority)];
        }

        LogFolder? log = null;
        foreach (var service in services)
        {
            var wanted = done && service.Running && service.Built && Directory.Exists(_store.RootDirectory(handle.Name, service.Jail));
            if (!wanted)
            {
                await StopStaleGroupsAsync(handle, service);
                continue;
            }

            var adoptable = Adoptable(service, await ConfirmLeftoversAsync(handle, service, cancellationToken));
            if (log is null)
            {
                log = LogFolder.StartingNow(_options.LogsDirectory, _options.TimeProvider);
                var name = log.Name;
                Mutate(handle, state => state.LastLog = name);
            }

            if (await StartServiceAsync(handle, service, log, adoptable, cancellationToken) is { IsSuccess: false } failed)
            {
                _logger.LogWarning("Could not restart {Service} of {Project}: {Reason}", service.Name, handle.Name, failed.Error.Message);
            }
        }
    }

    /// <summary>The confirmed groups that run one of the service's start commands, one per command.</summary>
    private static Dictionary<int, ProcessGroupRecord> Adoptable(ServiceState service, List<ProcessGroupRecord> ours) =>
        ours.Where(group => group.StartCommand is { } index && index >= 0 && index < service.StartCommands.Count)
            .GroupBy(group => group.StartCommand!.Value)
            .ToDictionary(commands => commands.Key, commands => commands.First());

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
