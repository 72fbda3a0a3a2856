using Overlord.Client.Contract;

namespace Overlord.Server.Jobs;

/// <summary>
/// The up/down jobs running right now, one per project, with the token source that stops each; a
/// cancel job uses it to interrupt the running up of its project.
/// </summary>
public sealed class RunningJobs
{
    private readonly Dictionary<string, RunningJob> _byProject = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Registers a job until the returned handle is disposed.</summary>
    public RunningJob Register(ClaimedJob job, CancellationTokenSource stop)
    {
        var running = new RunningJob(this, job, stop);
        lock (_lock)
        {
            _byProject[job.Project] = running;
        }

        return running;
    }

    /// <summary>
    /// Marks the running up (or VM creation) of <paramref name="project"/> as cancelled by job
    /// <paramref name="cancelJobId"/>, without stopping it yet. Returns it, or null if none runs.
    /// </summary>
    public RunningJob? MarkCancelled(string project, long cancelJobId)
    {
        RunningJob? running;
        lock (_lock)
        {
            if (!_byProject.TryGetValue(project, out running) || running.Job.Kind is not (JobKind.Up or JobKind.Vm))
            {
                return null;
            }
        }

        running.MarkCancelled(cancelJobId);
        return running;
    }

    /// <summary>The cancel job that cancelled running job <paramref name="job"/>, or null.</summary>
    public long? CancelledBy(ClaimedJob job)
    {
        lock (_lock)
        {
            return _byProject.TryGetValue(job.Project, out var running) && running.Job.Id == job.Id ? running.CancelledBy : null;
        }
    }

    internal void Remove(RunningJob running)
    {
        lock (_lock)
        {
            if (_byProject.TryGetValue(running.Job.Project, out var current) && ReferenceEquals(current, running))
            {
                _byProject.Remove(running.Job.Project);
            }
        }
    }
}
