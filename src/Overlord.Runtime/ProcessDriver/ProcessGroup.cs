using Overlord.Platform.Processes;
using OsProcess = System.Diagnostics.Process;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// A command running as the leader of its own process group. Its exit is the leader's exit; the
/// group id is what stops the leader and everything it started. A group is either started by this
/// node (its leader is our child, whose exit we await) or adopted from a node that died (not our
/// child: its leader is watched by polling its identity).
/// </summary>
internal sealed class ProcessGroup : IDisposable
{
    /// <summary>What an adopted group "exits with": its leader is not our child, so its code is unknown.</summary>
    public const int UnknownExitCode = -1;

    private static readonly TimeSpan AdoptedPollInterval = TimeSpan.FromSeconds(1);

    private readonly OsProcess? _process;
    private readonly CancellationTokenSource _watching = new();
    private readonly Task<int> _exited;

    public ProcessGroup(OsProcess process, int id, string? identity, Task<string> standardError, string logPath)
    {
        _process = process;
        Id = id;
        Identity = identity;
        _exited = WaitAsync(process, standardError, logPath);
    }

    private ProcessGroup(int id, string identity)
    {
        Id = id;
        Identity = identity;
        Adopted = true;
        _exited = WatchAsync(id, identity, _watching.Token);
    }

    /// <summary>The process group id (the leader's pid).</summary>
    public int Id { get; }

    /// <summary>The leader's <see cref="ProcessIdentity"/>, or null when it was gone before it could be read.</summary>
    public string? Identity { get; }

    /// <summary>Started by a previous node process and taken over by this one.</summary>
    public bool Adopted { get; }

    public bool HasExited => _exited.IsCompleted;

    /// <summary>Takes over a group a previous node left running; the caller has confirmed its leader's identity.</summary>
    public static ProcessGroup Adopt(int id, string identity) => new(id, identity);

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

    public void Dispose()
    {
        _watching.Cancel();
        _watching.Dispose();
        _process?.Dispose();
    }

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

    /// <summary>Ends when the leader is gone or another process has its pid; polling, as only a parent can wait for a process.</summary>
    private static async Task<int> WatchAsync(int id, string identity, CancellationToken cancellationToken)
    {
        try
        {
            while (await ProcessIdentity.ReadAsync(id, cancellationToken) == identity)
            {
                await Task.Delay(AdoptedPollInterval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: nobody waits any more.
        }

        return UnknownExitCode;
    }
}
