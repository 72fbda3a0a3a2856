using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// The <c>process</c> runtime (development, CI, the demo; Linux, macOS, FreeBSD): each service of
/// a Director file runs as supervised local processes built from a portable subset of Makejail.
/// Services share the host's network; each process runs in its own process group so that stop and
/// down leave nothing behind. Call <see cref="RecoverAsync"/> once when the node starts.
/// The namespace is ProcessDriver, not Process, so that <c>Process</c> keeps naming
/// System.Diagnostics.Process in the rest of Overlord.Runtime.
/// </summary>
public sealed partial class ProcessRuntime : IRuntime, IAsyncDisposable
{
    public const string RuntimeName = "process";

    private readonly ProcessRuntimeOptions _options;
    private readonly ILogger<ProcessRuntime> _logger;
    private readonly ProjectStateStore _store;
    private readonly ServiceBuilder _builder;
    private readonly ConcurrentDictionary<string, ProjectHandle> _projects = new(StringComparer.Ordinal);

    public ProcessRuntime(ProcessRuntimeOptions options, ILogger<ProcessRuntime> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options with
        {
            DataDirectory = Path.GetFullPath(options.DataDirectory),
            MetadataDirectory = Path.GetFullPath(options.MetadataDirectory),
            LogsDirectory = Path.GetFullPath(options.LogsDirectory),
        };
        _logger = logger;
        _store = new ProjectStateStore(_options.DataDirectory);
        _builder = new ServiceBuilder(_options);
    }

    public string Name => RuntimeName;

    public string ProjectLogsDirectory => _options.LogsDirectory;

    /// <summary>Stops every supervised process; projects stay as they are, so the next start's recovery brings them back.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var handle in _projects.Values)
        {
            if (handle.RunningUp is { } up)
            {
                await up.CancelAsync();
            }

            await handle.Gate.WaitAsync(CancellationToken.None);
            List<ServiceSupervisor> supervisors;
            lock (handle.Sync)
            {
                supervisors = [.. handle.Supervisors.Values];
                handle.Supervisors.Clear();
            }

            await Task.WhenAll(supervisors.Select(supervisor => supervisor.StopAsync()));
            handle.Gate.Release();
            handle.Dispose();
        }

        _projects.Clear();
    }

    /// <summary>The project's handle, with its state loaded from disk the first time.</summary>
    private ProjectHandle Handle(string project)
    {
        var handle = _projects.GetOrAdd(project, name => new ProjectHandle(name));
        lock (handle.Sync)
        {
            if (!handle.Loaded)
            {
                handle.State = _store.Load(project);
                handle.Loaded = true;
            }
        }

        return handle;
    }

    /// <summary>Changes the state under the project's lock and saves it; creates the state when <paramref name="create"/>.</summary>
    private void Mutate(ProjectHandle handle, Action<ProjectState> change, bool create = false)
    {
        lock (handle.Sync)
        {
            if (handle.State is null && create)
            {
                handle.State = new ProjectState { Name = handle.Name };
            }

            if (handle.State is { } state)
            {
                change(state);
                _store.Save(state);
            }
        }
    }

    /// <summary>Keeps the service's list of live process groups in the state file, for recovery after a crash.</summary>
    private ProcessGroupChanged Tracker(ProjectHandle handle, string service) => (group, running) =>
        Mutate(handle, state =>
        {
            if (state.Find(service) is { } entry)
            {
                entry.ProcessGroups.RemoveAll(recorded => recorded.Id == group.Id);
                if (running)
                {
                    entry.ProcessGroups.Add(group);
                }
            }
        });
}
