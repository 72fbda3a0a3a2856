namespace Overlord.Runtime.ProcessDriver;

/// <summary>
/// Runs a build command (CMD/RUN of the build stage, a script) to completion in its own process
/// group, with its output appended to the log. Not ToolRunner: these are the service's own
/// processes, and a cancelled or timed-out one must take its whole group (including children
/// that left the process tree) with it.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Exit code used when the command ran out of time (as ToolRunner's).</summary>
    public const int TimedOutExitCode = 124;

    /// <summary>Exit code used when the command could not start (EX_OSERR-like).</summary>
    public const int CannotStartExitCode = 71;

    public static async Task<(int ExitCode, string? Error)> RunAsync(
        string command,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        string logPath,
        TimeSpan timeout,
        TimeSpan stopGrace,
        ProcessGroupChanged onGroupChanged,
        CancellationToken cancellationToken)
    {
        var launched = await ProcessGroupLauncher.StartAsync(command, workingDirectory, environment, logPath, cancellationToken);
        if (!launched.IsSuccess)
        {
            return (CannotStartExitCode, launched.Error.Message);
        }

        var group = launched.Value;
        var record = new ProcessGroupRecord(group.Id, group.Identity, StartCommand: null);
        onGroupChanged(record, true);
        using (group)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                var exitCode = await group.WaitForExitAsync(limit.Token);
                group.KillRemaining();
                onGroupChanged(record, false);
                return (exitCode, null);
            }
            catch (OperationCanceledException)
            {
                await group.TerminateAsync(stopGrace);
                onGroupChanged(record, false);
                cancellationToken.ThrowIfCancellationRequested();
                return (TimedOutExitCode, $"'{command}' was stopped after {timeout}");
            }
        }
    }
}
