using Microsoft.Extensions.Logging;
using Overlord.Core.Results;

namespace Overlord.Runtime.ProcessDriver;

/// <summary>The start stage of one service: its supervised processes, started and stopped together.</summary>
internal sealed class ServiceSupervisor(
    IReadOnlyList<StartCommand> commands,
    string logPath,
    ProcessRuntimeOptions options,
    ProcessGroupChanged onGroupChanged,
    ILogger logger)
{
    private readonly List<SupervisedProcess> _processes = [];

    public bool Started { get; private set; }

    /// <summary>True when started and every start process runs right now.</summary>
    public bool IsRunning => Started && _processes.All(process => process.IsRunning);

    /// <summary>
    /// Starts every start process, or adopts the one <paramref name="adoptable"/> holds for its index (a group a
    /// previous node process left running); on the first that cannot start, stops the others and fails with why.
    /// </summary>
    public async Task<Result> StartAsync(IReadOnlyDictionary<int, ProcessGroupRecord> adoptable, CancellationToken cancellationToken)
    {
        foreach (var (command, index) in commands.Select((command, index) => (command, index)))
        {
            var process = new SupervisedProcess(command, index, logPath, options, onGroupChanged, logger);
            _processes.Add(process);
            if (adoptable.TryGetValue(index, out var recorded))
            {
                process.Adopt(recorded);
                continue;
            }

            var started = await process.StartAsync(cancellationToken);
            if (!started.IsSuccess)
            {
                await StopAsync();
                return started;
            }
        }

        Started = true;
        return Result.Success();
    }

    public async Task StopAsync()
    {
        Started = false;
        await Task.WhenAll(_processes.Select(process => process.StopAsync()));
        Release();
    }

    /// <summary>Forgets the processes without stopping them (a simulated node crash).</summary>
    public async Task AbandonAsync()
    {
        Started = false;
        await Task.WhenAll(_processes.Select(process => process.AbandonAsync()));
        Release();
    }

    private void Release()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        _processes.Clear();
    }
}
