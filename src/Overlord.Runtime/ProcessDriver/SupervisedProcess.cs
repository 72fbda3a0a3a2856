using System.Globalization;
using Microsoft.Extensions.Logging;
using Overlord.Core.Results;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// One long-running process of a service's start stage: started, watched, and restarted with
/// exponential backoff when it dies (whatever it left in its group is killed first).
/// </summary>
internal sealed class SupervisedProcess(
    StartCommand command,
    int index,
    string logPath,
    ProcessRuntimeOptions options,
    ProcessGroupChanged onGroupChanged,
    ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly RestartBackoff _backoff = new(options);
    private Task _loop = Task.CompletedTask;
    private ProcessGroup? _current;

    /// <summary>True while the process runs (read from the process itself, not remembered).</summary>
    public bool IsRunning => _current is { HasExited: false };

    /// <summary>Starts the process; supervision goes on in the background. Fails with why it could not start.</summary>
    public async Task<Result> StartAsync(CancellationToken cancellationToken)
    {
        var launched = await LaunchAsync(cancellationToken);
        if (!launched.IsSuccess)
        {
            return launched.Error;
        }

        var group = launched.Value;
        _loop = Task.Run(() => SuperviseAsync(group, _stopping.Token), CancellationToken.None);
        return Result.Success();
    }

    /// <summary>Supervises again a group a previous node process left running (confirmed as its own), instead of starting a second copy.</summary>
    public void Adopt(ProcessGroupRecord recorded)
    {
        var identity = recorded.Identity ?? throw new ArgumentException("an unconfirmed group cannot be adopted", nameof(recorded));
        var group = ProcessGroup.Adopt(recorded.Id, identity);
        _current = group;
        onGroupChanged(Record(group), true);
        _loop = Task.Run(() => SuperviseAsync(group, _stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops supervising and stops the process group (TERM, then KILL after the stop timeout).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        if (_current is { } group)
        {
            await group.TerminateAsync(options.StopTimeout);
            onGroupChanged(Record(group), false);
            group.Dispose();
            _current = null;
        }
    }

    /// <summary>Stops supervising but leaves the process running, as a node that dies would.</summary>
    public async Task AbandonAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        _current = null;
    }

    public void Dispose() => _stopping.Dispose();

    private async Task SuperviseAsync(ProcessGroup group, CancellationToken cancellationToken)
    {
        while (true)
        {
            var started = options.TimeProvider.GetTimestamp();
            int exitCode;
            try
            {
                exitCode = await group.WaitForExitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return; // StopAsync or AbandonAsync decides what happens to the group.
            }

            _current = null;
            group.KillRemaining();
            onGroupChanged(Record(group), false);
            group.Dispose();
            var delay = _backoff.NextDelay(options.TimeProvider.GetElapsedTime(started));
            var how = group.Adopted ? "exited (adopted from a previous node: exit code unknown)" : $"exited with code {exitCode}";
            logger.LogWarning("Process {Command} {How}; restarting in {Delay}", command.Command, how, delay);
            await AppendLogAsync($"overlord: {how}; restarting in {delay.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s\n");
            ProcessGroup? next = null;
            while (next is null)
            {
                try
                {
                    await Task.Delay(delay, options.TimeProvider, cancellationToken);
                    var launched = await LaunchAsync(cancellationToken);
                    next = launched.Value;
                    if (!launched.IsSuccess)
                    {
                        delay = _backoff.NextDelay(TimeSpan.Zero);
                        await AppendLogAsync($"overlord: {launched.Error.Message}\n");
                    }
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            group = next;
        }
    }

    private async Task<Result<ProcessGroup>> LaunchAsync(CancellationToken cancellationToken)
    {
        var environment = ProcessEnvironment.For(command.Environment[MakejailContext.RootVariable], command.Environment);
        var launched = await ProcessGroupLauncher.StartAsync(command.Command, command.WorkingDirectory, environment, logPath, cancellationToken);
        if (launched.IsSuccess)
        {
            _current = launched.Value;
            onGroupChanged(Record(launched.Value), true);
        }

        return launched;
    }

    private ProcessGroupRecord Record(ProcessGroup group) => new(group.Id, group.Identity, index);

    private Task AppendLogAsync(string text) => File.AppendAllTextAsync(logPath, text, CancellationToken.None);
}
