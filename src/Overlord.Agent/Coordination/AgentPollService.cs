using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Overlord.Agent.Planning;
using Overlord.Agent.Sync;

namespace Overlord.Agent.Coordination;

/// <summary>
/// The agent's poll: one sync through the coordinator at start, then one an interval (±10%) after each ended. A
/// BackgroundService sleeping on the injected <see cref="TimeProvider"/>, as the node's heartbeat and autoscaler do:
/// one scheduling model for every periodic loop of the node, and one that follows the clock tests drive (Quartz
/// keeps its own clock, and one self-rescheduling job needs no scheduler).
/// </summary>
public sealed class AgentPollService(SyncCoordinator coordinator, AgentSettings settings, TimeProvider timeProvider, ILogger<AgentPollService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var trigger = SyncTrigger.Startup;
        try
        {
            while (true)
            {
                await SyncOnceAsync(trigger, stoppingToken);
                trigger = SyncTrigger.Schedule;
                await Task.Delay(SyncSchedule.NextDelay(settings.Current.Interval), timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The node is stopping: the coordinator cancelled the sync; no next poll.
            logger.LogInformation("Agent poll stopping");
        }
    }

    private async Task SyncOnceAsync(SyncTrigger trigger, CancellationToken stoppingToken)
    {
        try
        {
            await coordinator.RunAsync(trigger, SyncOptions.Default, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The coordinator logged it; the poll must go on.
            logger.LogDebug(exception, "The scheduled sync failed");
        }
    }
}
