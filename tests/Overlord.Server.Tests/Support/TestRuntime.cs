using System.Collections.Concurrent;
using Overlord.Runtime;

namespace Overlord.Server.Tests.Support;

/// <summary>
/// An in-memory <see cref="IRuntime"/> (a test double of our own interface): records every call, tracks
/// how many ups of one project overlap, and lets a test make an up block or fail.
/// </summary>
internal class TestRuntime : IRuntime
{
    private readonly ConcurrentDictionary<string, Func<UpRequest, CancellationToken, Task<RuntimeResult>>> _ups = new();
    private readonly ConcurrentDictionary<string, int> _runningUps = new();
    private int _maxOverlap;

    public string Name => "test";

    public string ProjectLogsDirectory => Path.GetTempPath();

    public ConcurrentQueue<string> Calls { get; } = new();

    public ConcurrentQueue<UpRequest> Ups { get; } = new();

    public ConcurrentQueue<DownRequest> Downs { get; } = new();

    /// <summary>Projects that exist: an up adds one, a down removes it.</summary>
    public ConcurrentDictionary<string, bool> Projects { get; } = new();

    /// <summary>The most ups of one project that ever ran at the same time.</summary>
    public int MaxOverlappingUpsOfOneProject => Volatile.Read(ref _maxOverlap);

    public static RuntimeResult Success() => new(0, 0, null, [], """{"errlevel":0,"message":null,"failed":[]}""", "");

    public void OnUp(string project, Func<UpRequest, CancellationToken, Task<RuntimeResult>> behaviour) => _ups[project] = behaviour;

    /// <summary>Ups of <paramref name="project"/> wait at the gate, then succeed.</summary>
    public Gate BlockUps(string project)
    {
        var gate = new Gate();
        OnUp(project, async (_, token) =>
        {
            await gate.PassAsync(token);
            return Success();
        });
        return gate;
    }

    public async Task<RuntimeResult> UpAsync(UpRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"up {request.Project}");
        Ups.Enqueue(request);
        var overlap = _runningUps.AddOrUpdate(request.Project, 1, (_, running) => running + 1);
        UpdateMax(overlap);
        try
        {
            var result = _ups.TryGetValue(request.Project, out var behaviour)
                ? await behaviour(request, cancellationToken)
                : Success();
            Projects[request.Project] = true;
            return result;
        }
        finally
        {
            _runningUps.AddOrUpdate(request.Project, 0, (_, running) => running - 1);
        }
    }

    public Task<RuntimeResult> DownAsync(DownRequest request, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"down {request.Project}");
        Downs.Enqueue(request);
        Projects.TryRemove(request.Project, out _);
        return Task.FromResult(Success());
    }

    public Task<RuntimeResult> StopAsync(string project, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"stop {project}");
        return Task.FromResult(Success());
    }

    public Task<RuntimeResult> CancelAsync(string project, CancellationToken cancellationToken)
    {
        Calls.Enqueue($"cancel {project}");
        return Task.FromResult(Success());
    }

    public Task<bool> ExistsAsync(string project, CancellationToken cancellationToken) =>
        Task.FromResult(Projects.ContainsKey(project));

    public Task<IReadOnlyList<string>> ListProjectsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. Projects.Keys]);

    public Task<ProjectDescription?> DescribeAsync(string project, CancellationToken cancellationToken) =>
        Task.FromResult(Projects.ContainsKey(project) ? new ProjectDescription(project, ProjectStates.Done, null, false, []) : null);

    public Task<IReadOnlyList<string>> ListJailsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);

    public Task<int> JailStatusAsync(string jail, CancellationToken cancellationToken) => Task.FromResult(66);

    public Task<IReadOnlyDictionary<string, string>?> JailLabelsAsync(string jail, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>?>(null);

    private void UpdateMax(int overlap)
    {
        int current;
        while (overlap > (current = Volatile.Read(ref _maxOverlap)))
        {
            Interlocked.CompareExchange(ref _maxOverlap, overlap, current);
        }
    }
}
