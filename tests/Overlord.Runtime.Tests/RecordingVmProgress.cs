namespace Overlord.Runtime.Tests;

/// <summary>Keeps every stage a VM creation reported, in order, as short words (<c>project:Running</c>, <c>vm:Running</c>).</summary>
internal sealed class RecordingVmProgress : IVmProgress
{
    private readonly List<string> _events = [];

    public IReadOnlyList<string> Events => _events;

    public List<VmProjectUpdate> ProjectUpdates { get; } = [];

    public Task ProjectUpdatedAsync(VmProjectUpdate update, CancellationToken cancellationToken)
    {
        ProjectUpdates.Add(update);
        _events.Add($"project:{update.Stage}");
        return Task.CompletedTask;
    }

    public Task VmRunningAsync(CancellationToken cancellationToken)
    {
        _events.Add("vm:Running");
        return Task.CompletedTask;
    }
}
