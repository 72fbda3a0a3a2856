using OsProcess = System.Diagnostics.Process;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// A command running as the leader of its own process group. Its exit is the leader's exit; the
/// group id is what stops the leader and everything it started.
/// </summary>
internal sealed class ProcessGroup : IDisposable
{
    private readonly OsProcess _process;
    private readonly Task<int> _exited;

    public ProcessGroup(OsProcess process, int id, Task<string> standardError, string logPath)
    {
        _process = process;
        Id = id;
        _exited = WaitAsync(process, standardError, logPath);
    }

    /// <summary>The process group id (the leader's pid).</summary>
    public int Id { get; }

    public bool HasExited => _exited.IsCompleted;

    public Task<int> WaitForExitAsync(CancellationToken cancellationToken) => _exited.WaitAsync(cancellationToken);

    /// <summary>Kills what the leader left behind in its group (a background child, a grandchild).</summary>
    public void KillRemaining() => Signal(ProcessGroups.ForceKill);

    /// <summary>TERM to the group, up to <paramref name="grace"/> for the leader to exit, then KILL to the group.</summary>
    public async Task TerminateAsync(TimeSpan grace)
    {
        Signal(ProcessGroups.Terminate);
        using var limit = new CancellationTokenSource(grace);
        try
        {
            await _exited.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // It ignored TERM; KILL below.
        }

        KillRemaining();
        await _exited;
    }

    public void Dispose() => _process.Dispose();

    /// <summary>Signals the group; if the leader never got a group of its own (a shell without job control), at least the leader.</summary>
    private void Signal(int signal)
    {
        if (!ProcessGroups.Signal(Id, signal) && !_exited.IsCompleted)
        {
            ProcessGroups.SignalProcess(Id, signal);
        }
    }

    private static async Task<int> WaitAsync(OsProcess process, Task<string> standardError, string logPath)
    {
        await process.WaitForExitAsync(CancellationToken.None);
        var errors = await standardError;
        if (errors.Length > 0)
        {
            // The launcher's own complaints (before its output went to the log).
            await File.AppendAllTextAsync(logPath, errors, CancellationToken.None);
        }

        return process.ExitCode;
    }
}
