namespace Overlord.Server.Tests.Support;

/// <summary>A point where a runtime call stops until the test releases it (or the call's token is cancelled).</summary>
internal sealed class Gate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entries;

    public Task Entered => _entered.Task;

    public int Entries => Volatile.Read(ref _entries);

    public void Release() => _released.TrySetResult();

    public async Task PassAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entries);
        _entered.TrySetResult();
        await _released.Task.WaitAsync(cancellationToken);
    }
}
