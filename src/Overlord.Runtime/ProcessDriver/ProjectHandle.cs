namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// What the runtime holds in memory for one project: the gate that serializes up/down/stop, the
/// state (saved on every change), the running up (for cancel) and the service supervisors.
/// Everything but the gate is guarded by <see cref="Sync"/>.
/// </summary>
internal sealed class ProjectHandle(string name) : IDisposable
{
    public string Name { get; } = name;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public Lock Sync { get; } = new();

    public bool Loaded { get; set; }

    /// <summary>Null when the project does not exist (never created, or destroyed).</summary>
    public ProjectState? State { get; set; }

    public CancellationTokenSource? RunningUp { get; set; }

    public Dictionary<string, ServiceSupervisor> Supervisors { get; } = new(StringComparer.Ordinal);

    public void Dispose() => Gate.Dispose();
}
