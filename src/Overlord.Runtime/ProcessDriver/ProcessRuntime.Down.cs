using Overlord.Core;
using Overlord.Core.Names;

namespace Overlord.Runtime.ProcessDriver;

public sealed partial class ProcessRuntime
{
    /// <summary>Stops every process of the project and removes its folder (as <c>down -d --ignore-failed</c>).</summary>
    public async Task<RuntimeResult> DownAsync(DownRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Exists(request.Project))
        {
            return NotFound(request.Project);
        }

        var handle = Handle(request.Project);
        if (request.Force && handle.RunningUp is { } up)
        {
            await up.CancelAsync();
        }

        await handle.Gate.WaitAsync(cancellationToken);
        try
        {
            var log = LogFolder.StartingNow(_options.LogsDirectory, _options.TimeProvider);
            Mutate(handle, state => (state.State, state.Locked) = (ProjectStates.Destroying, true));
            List<ServiceState> services;
            lock (handle.Sync)
            {
                services = [.. (handle.State?.Services ?? []).OrderByDescending(service => service.Priority)];
            }

            var failed = new List<FailedStep>();
            foreach (var service in services)
            {
                if (await DestroyServiceAsync(handle, service, log, CancellationToken.None) is not null)
                {
                    failed.Add(new FailedStep(StepTypes.Destroy, service.Name));
                }
            }

            lock (handle.Sync)
            {
                handle.State = null;
            }

            var error = await FolderRemoval.DeleteAsync(_store.ProjectDirectory(request.Project), CancellationToken.None);
            return failed.Count == 0 && error is null
                ? DirectorOutput.Success()
                : DirectorOutput.Failure(1, error ?? $"{request.Project}: some services could not be destroyed", failed);
        }
        finally
        {
            handle.Gate.Release();
        }
    }

    /// <summary>Stops the project's services without destroying them.</summary>
    public async Task<RuntimeResult> StopAsync(string project, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        if (!Exists(project))
        {
            return NotFound(project);
        }

        var handle = Handle(project);
        await handle.Gate.WaitAsync(cancellationToken);
        try
        {
            Mutate(handle, state => state.Locked = true);
            await StopServicesAsync(handle, LogFolder.StartingNow(_options.LogsDirectory, _options.TimeProvider), markStopped: true);
            return DirectorOutput.Success();
        }
        finally
        {
            Mutate(handle, state => state.Locked = false);
            handle.Gate.Release();
        }
    }

    /// <summary>Cancels the project's running up: its current build command's process group is stopped and the project ends FAILED.</summary>
    public async Task<RuntimeResult> CancelAsync(string project, CancellationToken cancellationToken)
    {
        if (!Exists(project))
        {
            return NotFound(project);
        }

        if (Handle(project).RunningUp is not { } up)
        {
            return DirectorOutput.Failure(1, $"{project}: no up is running", []);
        }

        await up.CancelAsync();
        return DirectorOutput.Success($"{project}: up cancelled");
    }

    private bool Exists(string project) => NamePatterns.IsProject(project) && _store.Exists(project);

    private static RuntimeResult NotFound(string project) =>
        DirectorOutput.Failure(ExitCodes.NoInput, $"{project}: Project not found.", []);
}
