using Overlord.Core.Names;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>AppJail's code for a bad jail name.</summary>
    private const int BadJailName = 65;

    /// <summary>AppJail's code for a jail that does not exist.</summary>
    private const int MissingJail = 66;

    public Task<bool> ExistsAsync(string project, CancellationToken cancellationToken) => Task.FromResult(Exists(project));

    public Task<IReadOnlyList<string>> ListProjectsAsync(CancellationToken cancellationToken) => Task.FromResult(_store.List());

    public Task<ProjectDescription?> DescribeAsync(string project, CancellationToken cancellationToken) =>
        Task.FromResult(Exists(project) ? Describe(Handle(project)) : null);

    public Task<IReadOnlyList<string>> ListJailsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<string> jails = [.. _store.List()
            .Select(project => Describe(Handle(project)))
            .SelectMany(description => description?.Services ?? [])
            .Select(service => service.Jail)];
        return Task.FromResult(jails);
    }

    /// <summary>0 while every start process of the jail's service runs, 1 when not, 66 when no service has that jail.</summary>
    public Task<int> JailStatusAsync(string jail, CancellationToken cancellationToken)
    {
        if (!NamePatterns.IsJail(jail))
        {
            return Task.FromResult(BadJailName);
        }

        var status = _store.List()
            .Select(project => Describe(Handle(project)))
            .SelectMany(description => description?.Services ?? [])
            .FirstOrDefault(service => service.Jail == jail)?.Status ?? MissingJail;
        return Task.FromResult(status);
    }

    private ProjectDescription? Describe(ProjectHandle handle)
    {
        lock (handle.Sync)
        {
            if (handle.State is not { } state)
            {
                return null;
            }

            var services = state.Services
                .OrderBy(service => service.Priority)
                .ThenBy(service => service.Name, StringComparer.Ordinal)
                .Select(service => new ServiceDescription(service.Name, Status(handle, service), service.Jail))
                .ToList();
            return new ProjectDescription(state.Name, state.State, state.LastLog, state.Locked, services);
        }
    }

    /// <summary>Read from the supervised processes each time: never a stored value.</summary>
    private int Status(ProjectHandle handle, ServiceState service)
    {
        if (!Directory.Exists(_store.RootDirectory(handle.Name, service.Jail)))
        {
            return MissingJail;
        }

        return handle.Supervisors.TryGetValue(service.Name, out var supervisor) && supervisor.IsRunning ? 0 : 1;
    }
}
